package dev.netlab.lab.check;

import dev.netlab.simulator.proxy.ProxySpec;
import java.util.List;
import java.util.Locale;

/**
 * The one place the check meets targeted rules: checking a rule's text when a suite is read, and
 * giving a case's rules to its proxy.
 */
final class RuleSupport {

    private RuleSupport() {
    }

    /** Whether this build can apply targeted rules; without them, cases with rules are reported as not run. */
    static boolean available() {
        return false;
    }

    /** What is wrong with one rule, or null when it is fine. */
    static String problem(String rule) {
        String first = rule.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (!first.equals("uplink") && !first.equals("downlink")) {
            return "a rule starts with its direction, uplink (sender to receiver) or downlink (receiver to sender): '"
                    + rule.strip() + "'";
        }
        return null;
    }

    /** The spec with the case's resolved rules. */
    static ProxySpec apply(ProxySpec spec, List<String> rules) {
        if (rules.isEmpty()) {
            return spec;
        }
        throw new IllegalStateException("targeted rules are not available in this build");
    }
}
