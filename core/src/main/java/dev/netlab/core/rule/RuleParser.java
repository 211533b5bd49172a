package dev.netlab.core.rule;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.rule.RuleTokens.RuleSyntax;
import dev.netlab.core.rule.RuleTokens.Token;
import dev.netlab.core.scenario.Suggestions;
import dev.netlab.core.units.Durations;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads one rule's text; the syntax is {@link RuleSet#SYNTAX}. */
final class RuleParser {

    /** Every word a rule may start a part with, for "did you mean". */
    private static final List<String> WORDS = List.of("uplink", "downlink", "both", "index", "after", "before",
            "payload", "times", "drop", "corrupt", "duplicate", "delay", "hold", "pass");

    private Set<Direction> directions;
    private Optional<IndexSet> indexes = Optional.empty();
    private Optional<Duration> after = Optional.empty();
    private Optional<Duration> before = Optional.empty();
    private Optional<PayloadMatch> payload = Optional.empty();
    private Optional<Long> times = Optional.empty();
    private RuleAction action;
    private int beforeColumn;

    private RuleParser() {
    }

    /** The rule numbered {@code number} read from {@code text}, or a problem at a column of it. */
    static Rule parse(int number, String text) throws RuleSyntax {
        List<Token> tokens = RuleTokens.split(text);
        if (tokens.isEmpty()) {
            throw new RuleSyntax(1, "the rule is empty; " + RuleSet.SYNTAX);
        }
        RuleParser parser = new RuleParser();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (parser.action != null) {
                throw new RuleSyntax(token.column(), "'" + token.word() + "' follows the action '"
                        + parser.action.text() + "'; the action is the rule's last word");
            }
            parser.word(token);
        }
        if (parser.action == null) {
            throw new RuleSyntax(text.length() + 1, "the rule has no action; end it with one of " + RuleSet.ACTIONS);
        }
        try {
            return new Rule(number, parser.directions == null ? EnumSet.allOf(Direction.class) : parser.directions,
                    parser.indexes, parser.after, parser.before, parser.payload,
                    parser.times.map(OptionalLong::of).orElse(OptionalLong.empty()), parser.action);
        } catch (IllegalArgumentException e) {
            throw new RuleSyntax(parser.beforeColumn, e.getMessage());
        }
    }

    private void word(Token token) throws RuleSyntax {
        String word = token.word();
        int eq = word.indexOf('=');
        int tilde = word.indexOf('~');
        String key = (tilde >= 0 && (eq < 0 || tilde < eq) ? word.substring(0, tilde)
                : eq >= 0 ? word.substring(0, eq) : word).toLowerCase(Locale.ROOT);
        String value = eq < 0 && tilde < 0 ? null : word.substring(key.length() + 1);
        boolean regex = tilde >= 0 && (eq < 0 || tilde < eq);
        switch (key) {
            case "uplink", "downlink", "both" -> direction(token, key, value);
            case "index" -> indexes = Optional.of(once(token, indexes, () -> indexes(token, value)));
            case "after" -> after = Optional.of(once(token, after, () -> duration(token, "after", value)));
            case "before" -> {
                before = Optional.of(once(token, before, () -> duration(token, "before", value)));
                beforeColumn = token.column();
            }
            case "times" -> times = Optional.of(once(token, times, () -> times(token, value)));
            case "payload" -> payload = Optional.of(once(token, payload, () -> payload(token, value, regex)));
            case "drop", "corrupt", "duplicate", "delay", "hold", "pass" -> action = ActionParser.parse(token, key, value);
            default -> throw new RuleSyntax(token.column(), "unknown word '" + word + "'"
                    + Suggestions.didYouMean(key, WORDS) + "; " + RuleSet.SYNTAX);
        }
    }

    private void direction(Token token, String key, String value) throws RuleSyntax {
        if (value != null) {
            throw new RuleSyntax(token.column(), "'" + key + "' takes no value; write just " + key);
        }
        if (directions != null) {
            throw new RuleSyntax(token.column(), "the direction is given twice; give one of uplink, downlink or both");
        }
        directions = key.equals("both") ? EnumSet.allOf(Direction.class)
                : EnumSet.of(key.equals("uplink") ? Direction.UPLINK : Direction.DOWNLINK);
    }

    /** A value that may be given once. */
    private interface Reader<T> {
        T read() throws RuleSyntax;
    }

    private static <T> T once(Token token, Optional<T> current, Reader<T> reader) throws RuleSyntax {
        if (current.isPresent()) {
            String key = token.word().split("[=~]", 2)[0];
            throw new RuleSyntax(token.column(), "'" + key + "' is given twice; give it once");
        }
        return reader.read();
    }

    private static IndexSet indexes(Token token, String value) throws RuleSyntax {
        if (value == null || value.isEmpty() || token.word().contains("~")) {
            throw new RuleSyntax(token.column(), "index needs a value: index=1,3,5-7 (1 is the flow's first datagram)");
        }
        List<IndexSet.Range> ranges = new java.util.ArrayList<>();
        int offset = 0;
        for (String part : value.split(",", -1)) {
            ranges.add(range(token.valueColumn() + offset, part));
            offset += part.length() + 1;
        }
        return new IndexSet(ranges);
    }

    private static IndexSet.Range range(int column, String part) throws RuleSyntax {
        String allowed = "index takes whole numbers from 1 and ranges FROM-TO, separated by commas, "
                + "for example index=1,3,5-7";
        if (!part.matches("\\d{1,18}(-\\d{1,18})?")) {
            throw new RuleSyntax(column, "'" + part + "' is not an index or range; " + allowed);
        }
        int dash = part.indexOf('-');
        long from = Long.parseLong(dash < 0 ? part : part.substring(0, dash));
        long to = dash < 0 ? from : Long.parseLong(part.substring(dash + 1));
        if (from < 1 || to < from) {
            throw new RuleSyntax(column, "'" + part + "' is not a range from 1 up; " + allowed);
        }
        return new IndexSet.Range(from, to);
    }

    private static long times(Token token, String value) throws RuleSyntax {
        if (value == null || token.word().startsWith("times~") || !value.matches("[1-9]\\d{0,8}")) {
            throw new RuleSyntax(value == null || value.isEmpty() ? token.column() : token.valueColumn(),
                    "times takes a whole number from 1, for example times=1 (the rule acts on the first datagram "
                            + "it picks in each flow)");
        }
        return Long.parseLong(value);
    }

    static Duration duration(Token token, String key, String value) throws RuleSyntax {
        if (value == null || value.isEmpty() || token.word().startsWith(key + "~")) {
            throw new RuleSyntax(token.column(), key + " needs a duration: " + key + "=2s; " + Durations.ALLOWED);
        }
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new RuleSyntax(token.valueColumn(), key + " takes " + Durations.ALLOWED + ", not '" + value + "'");
        }
    }

    private static PayloadMatch payload(Token token, String value, boolean regex) throws RuleSyntax {
        String allowed = "write payload=TEXT (the payload starts with TEXT), payload=hex:0a0b (starts with these "
                + "bytes) or payload~REGEX (the expression is found in it)";
        if (value == null || value.isEmpty()) {
            throw new RuleSyntax(token.column(), "payload needs a value; " + allowed);
        }
        if (regex) {
            try {
                return new PayloadMatch.Regex(Pattern.compile(value));
            } catch (PatternSyntaxException e) {
                int at = Math.max(0, Math.min(e.getIndex(), value.length()));
                throw new RuleSyntax(token.valueColumn() + at, "not a regular expression: "
                        + e.getDescription() + "; " + allowed);
            }
        }
        if (value.regionMatches(true, 0, "hex:", 0, 4)) {
            String hex = value.substring(4);
            try {
                return new PayloadMatch.Prefix(HexFormat.of().parseHex(hex), true);
            } catch (IllegalArgumentException e) {
                throw new RuleSyntax(token.valueColumn() + 4, "'" + hex + "' is not hex bytes: give an even number "
                        + "(at least 2) of digits 0-9 and a-f, for example payload=hex:0a0b");
            }
        }
        return new PayloadMatch.Prefix(value.getBytes(StandardCharsets.UTF_8), false);
    }

    /** Reads the action word. */
    private static final class ActionParser {
        private ActionParser() {
        }

        static RuleAction parse(Token token, String key, String value) throws RuleSyntax {
            boolean noValue = value == null;
            switch (key) {
                case "drop", "duplicate", "pass" -> {
                    if (!noValue) {
                        throw new RuleSyntax(token.column(), "'" + key + "' takes no value; write just " + key);
                    }
                    return switch (key) {
                        case "drop" -> new RuleAction.Drop();
                        case "pass" -> new RuleAction.Pass();
                        default -> new RuleAction.Duplicate();
                    };
                }
                case "corrupt" -> {
                    return noValue ? new RuleAction.Corrupt(OptionalInt.empty()) : corrupt(token, value);
                }
                case "delay" -> {
                    return new RuleAction.Delay(wait(token, "delay", value, RuleAction.MAX_WAIT, "1h"));
                }
                default -> {
                    return new RuleAction.Hold(noValue ? RuleAction.DEFAULT_HOLD_LIMIT
                            : wait(token, "hold", value, RuleAction.MAX_HOLD, "1m"));
                }
            }
        }

        private static RuleAction corrupt(Token token, String value) throws RuleSyntax {
            if (!value.matches("\\d{1,9}")) {
                throw new RuleSyntax(token.valueColumn(), "corrupt takes a byte offset from 0, for example corrupt=0, "
                        + "or no value for a random bit; not '" + value + "'");
            }
            return new RuleAction.Corrupt(OptionalInt.of(Integer.parseInt(value)));
        }

        private static Duration wait(Token token, String key, String text, Duration max, String maxText)
                throws RuleSyntax {
            Duration value = duration(token, key, text);
            if (value.compareTo(max) > 0) {
                throw new RuleSyntax(token.valueColumn(), key + " must be between 0ms and " + maxText + ": " + text);
            }
            return value;
        }
    }
}
