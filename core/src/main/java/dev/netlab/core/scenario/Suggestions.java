package dev.netlab.core.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Did you mean ...?" for a misspelt key, command, option or value: the closest known word within a
 * small edit distance (a third of the typed length, at most 3 edits).
 */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * @return {@code " (did you mean 'delay'?)"}, or an empty string when nothing is close
     */
    public static String didYouMean(String typed, Collection<String> known) {
        return closest(typed, known).map(best -> " (did you mean '" + best + "'?)").orElse("");
    }

    /** The known word closest to {@code typed}, when one is close enough to be a slip of the keyboard. */
    public static Optional<String> closest(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(typed.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(3, typed.length() / 3));
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    // The allowed words of a value's message: "...; allowed: a, b, c", "expected a or b", "must be a, b or c: 'x'".
    private static final Pattern ALLOWED = Pattern.compile("(?:allowed: |expected |must be (?:one of )?)([a-z][a-z0-9-]*"
            + "(?:(?:, | or )[a-z][a-z0-9-]*)+)");

    /**
     * Adds "did you mean" to a message refusing an enumerated value, taking the candidates from the
     * message's own list of allowed words, so every enum's parser keeps a single message.
     *
     * @param message for example {@code "unknown profile 'vopi'; allowed: chat, voip, game"}
     * @param typed   the value given, for example {@code vopi}
     * @return the message with {@code " (did you mean 'voip'?)"} added when a word is close, else the message
     */
    public static String forValue(String message, String typed) {
        if (message == null || typed == null || message.contains("did you mean")) {
            return message;
        }
        Matcher m = ALLOWED.matcher(message);
        if (!m.find()) {
            return message;
        }
        List<String> words = new ArrayList<>(List.of(m.group(1).split(", | or ")));
        words.remove(typed.trim());
        return message + didYouMean(typed.trim(), words);
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
