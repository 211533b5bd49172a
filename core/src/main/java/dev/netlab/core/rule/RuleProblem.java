package dev.netlab.core.rule;

/**
 * One thing wrong with one rule's text.
 *
 * @param rule    which rule, from 1, in the order given
 * @param column  where in the rule's text, from 1
 * @param text    the rule's whole text
 * @param message what is wrong and what is allowed
 */
public record RuleProblem(int rule, int column, String text, String message) {

    /** {@code rule 1 'uplink index=x drop', column 14: ...}. */
    @Override
    public String toString() {
        return "rule " + rule + " '" + text + "', column " + column + ": " + message;
    }
}
