package dev.netlab.core.rule;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one rule's text into words at white space. Double quotes keep white space inside a word
 * ({@code payload="ACK 1"}); inside them {@code \"} and {@code \\} stand for {@code "} and {@code \}.
 */
final class RuleTokens {

    /**
     * One word of a rule.
     *
     * @param word        the word without its quotes
     * @param column      where it starts in the rule's text, from 1
     * @param valueColumn where the part after its first {@code =} or {@code ~} starts, from 1; its column when it has none
     */
    record Token(String word, int column, int valueColumn) {
    }

    private RuleTokens() {
    }

    /** The words of {@code text}; throws a problem at the column of an unclosed quote. */
    static List<Token> split(String text) throws RuleSyntax {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int valueStart = -1;
            StringBuilder word = new StringBuilder();
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                char c = text.charAt(i);
                if (valueStart < 0 && (c == '=' || c == '~')) {
                    valueStart = i + 1;
                }
                if (c == '"') {
                    i = quoted(text, i, word);
                } else {
                    word.append(c);
                    i++;
                }
            }
            tokens.add(new Token(word.toString(), start + 1, (valueStart < 0 ? start : valueStart) + 1));
        }
        return tokens;
    }

    /** Appends the quoted part starting at {@code open} and returns the index after its closing quote. */
    private static int quoted(String text, int open, StringBuilder word) throws RuleSyntax {
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
                i++;
                c = text.charAt(i);
            }
            word.append(c);
            i++;
        }
        throw new RuleSyntax(open + 1, "the quote opened here is not closed; close it with \"");
    }

    /** A problem at a column of one rule's text, before the rule's number is known. */
    static final class RuleSyntax extends Exception {
        private static final long serialVersionUID = 1L;
        final int column;

        RuleSyntax(int column, String message) {
            super(message, null, false, false);
            this.column = column;
        }
    }
}
