package dev.netlab.core.rule;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/** How a rule picks datagrams by their bytes. */
public sealed interface PayloadMatch {

    /** Whether the payload matches. */
    boolean matches(byte[] payload);

    /** The match as written in a rule, for example {@code payload=hex:0a0b}; quoted when it holds a space or quote. */
    String text();

    /** The value as a rule's word: in double quotes, with {@code "} and {@code \} escaped, when it needs them. */
    private static String quoted(String value) {
        if (!value.isEmpty() && value.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"')) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * {@code payload=TEXT} or {@code payload=hex:0a0b}: the payload starts with these bytes (the text
     * as UTF-8).
     *
     * @param prefix the bytes, at least one
     * @param hex    whether it was written in hex (only for {@link #text()})
     */
    record Prefix(byte[] prefix, boolean hex) implements PayloadMatch {
        /** Checks there is at least one byte and keeps a copy. */
        public Prefix {
            prefix = Objects.requireNonNull(prefix, "prefix").clone();
            if (prefix.length == 0) {
                throw new IllegalArgumentException("a payload prefix needs at least one byte");
            }
        }

        @Override
        public boolean matches(byte[] payload) {
            return payload.length >= prefix.length
                    && java.util.Arrays.equals(payload, 0, prefix.length, prefix, 0, prefix.length);
        }

        /** Equal when the bytes are equal: a record compares arrays by reference. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Prefix p && p.hex == hex && java.util.Arrays.equals(p.prefix, prefix);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(prefix) * 31 + Boolean.hashCode(hex);
        }

        /** The bytes, a copy. */
        @Override
        public byte[] prefix() {
            return prefix.clone();
        }

        @Override
        public String toString() {
            return text();
        }

        @Override
        public String text() {
            return hex ? "payload=hex:" + HexFormat.of().formatHex(prefix)
                    : "payload=" + quoted(new String(prefix, StandardCharsets.UTF_8));
        }
    }

    /**
     * {@code payload~REGEX}: the regular expression is found somewhere in the payload read as
     * ISO-8859-1, one character per byte, so any byte can be matched ({@code \x00}); anchor with
     * {@code ^} to match the start.
     *
     * @param regex the compiled expression
     */
    record Regex(Pattern regex) implements PayloadMatch {
        /** Checks the expression is given. */
        public Regex {
            Objects.requireNonNull(regex, "regex");
        }

        @Override
        public boolean matches(byte[] payload) {
            return regex.matcher(new String(payload, StandardCharsets.ISO_8859_1)).find();
        }

        /** Equal when the expressions are written alike: {@link Pattern} has no equality of its own. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Regex r && r.regex.pattern().equals(regex.pattern()) && r.regex.flags() == regex.flags();
        }

        @Override
        public int hashCode() {
            return regex.pattern().hashCode();
        }

        @Override
        public String text() {
            return "payload~" + quoted(regex.pattern());
        }
    }
}
