package dev.netlab.lab.check;

import dev.netlab.core.rule.RuleException;
import dev.netlab.core.rule.RuleProblem;
import dev.netlab.core.rule.RuleSet;
import dev.netlab.simulator.proxy.ProxySpec;
import java.util.List;
import java.util.Locale;

/**
 * The one place the check meets targeted rules ({@link RuleSet}): checking a rule's text when a
 * suite is read, and giving a case's rules, {@code last} resolved, to its proxy.
 */
final class RuleSupport {

    private RuleSupport() {
    }

    /** Whether this build can apply targeted rules; without them, cases with rules are reported as not run. */
    static boolean available() {
        return true;
    }

    /** What is wrong with a rule and where in its text, from column 1. */
    record Problem(int column, String message) {
    }

    /** What is wrong with one rule ({@code last} already replaced), or null when it is fine. */
    static Problem problem(String original, String resolved) {
        String first = original.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (LastIndex.mentionsLast(original) && !first.equals("uplink") && !first.equals("downlink")) {
            return new Problem(1, "index=last needs the rule to start with its direction, uplink (the sender's"
                    + " datagrams) or downlink (the receiver's): '" + original.strip() + "'");
        }
        try {
            RuleSet.parse(List.of(resolved));
            return null;
        } catch (RuleException e) {
            RuleProblem p = e.problems().get(0);
            return new Problem(p.column(), "'" + original.strip() + "', column " + p.column() + ": " + p.message());
        }
    }

    /** The spec with the case's resolved rules. */
    static ProxySpec apply(ProxySpec spec, List<String> rules) {
        return rules.isEmpty() ? spec : spec.withRules(RuleSet.parse(rules));
    }
}
