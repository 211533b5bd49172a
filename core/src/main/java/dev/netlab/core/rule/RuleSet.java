package dev.netlab.core.rule;

import dev.netlab.core.rule.RuleTokens.RuleSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rules of a proxy or scenario, in order: for each datagram the first rule that picks it acts,
 * the others are not asked. Immutable; each flow's state (its indexes, start, held datagram) lives
 * in a {@link FlowRules} from {@link #newFlow}.
 *
 * @param rules the rules, numbered 1, 2, ... in this order
 */
public record RuleSet(List<Rule> rules) {

    /** No rules: every datagram goes straight to the random impairments. */
    public static final RuleSet NONE = new RuleSet(List.of());

    /** The actions a rule may end with, for messages. */
    public static final String ACTIONS = "drop, pass, corrupt, corrupt=OFFSET, duplicate, delay=DURATION, hold or hold=LIMIT";

    /** The whole syntax in one sentence, for messages. */
    public static final String SYNTAX = "a rule is [uplink|downlink|both] [index=1,3,5-7] [after=2s] [before=5s] "
            + "[payload=TEXT|payload=hex:0a0b|payload~REGEX] [times=N] ACTION, the action one of " + ACTIONS;

    /** Copies the list and checks the rules are numbered 1, 2, ... in order. */
    public RuleSet {
        rules = List.copyOf(rules);
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).number() != i + 1) {
                throw new IllegalArgumentException("rule " + (i + 1) + " is numbered " + rules.get(i).number());
            }
        }
    }

    /**
     * Reads rules written in the flag and YAML syntax ({@link #SYNTAX}), numbering them from 1.
     *
     * @param texts one rule each, for example {@code uplink index=1 drop}
     * @throws RuleException naming, for each bad rule, its number, the column in its text and what is allowed
     */
    public static RuleSet parse(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        List<Rule> rules = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = Objects.requireNonNull(texts.get(i), "rule text");
            try {
                rules.add(RuleParser.parse(i + 1, text));
            } catch (RuleSyntax e) {
                problems.add(new RuleProblem(i + 1, e.column, text, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleException(problems);
        }
        return new RuleSet(rules);
    }

    /** These rules followed by {@code more}, numbered on from this set's last. */
    public RuleSet then(RuleSet more) {
        List<Rule> all = new ArrayList<>(rules);
        for (Rule rule : more.rules) {
            all.add(rule.numbered(all.size() + 1));
        }
        return new RuleSet(all);
    }

    /** Whether there are no rules. */
    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** How many rules. */
    public int size() {
        return rules.size();
    }

    /** Each rule in the syntax {@link #parse} reads; parsing them again gives equal rules. */
    public List<String> texts() {
        return rules.stream().map(Rule::text).toList();
    }

    /**
     * The state of one flow: its datagram indexes per direction, when it started, a held datagram.
     * The engine keeps one per flow and drops it when the relay releases the flow.
     *
     * @param seed the run's seed, which with the flow and index picks the bit a plain {@code corrupt} flips
     * @param flow the flow's number
     */
    public FlowRules newFlow(long seed, int flow) {
        return new FlowRules(this, seed, flow);
    }
}
