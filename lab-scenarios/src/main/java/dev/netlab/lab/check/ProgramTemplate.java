package dev.netlab.lab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A student's program as given on the command line, {@code python3 sender.py {host} {port} {in}}:
 * split into words as a shell would split them (spaces, single and double quotes, backslash), with
 * no shell in between, so it runs the same on every system; then each placeholder is filled in.
 *
 * @param flag  the option that gave it, for messages ({@code --sender})
 * @param words the words with their placeholders
 */
public record ProgramTemplate(String flag, List<String> words) {

    /** The placeholders a program may use. */
    public static final List<String> PLACEHOLDERS = List.of("{host}", "{port}", "{in}", "{out}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}\\s]*}");

    /** Copies the words. */
    public ProgramTemplate {
        words = List.copyOf(words);
    }

    /**
     * Reads a program's command.
     *
     * @param required placeholders the program must use
     * @throws IllegalArgumentException naming the flag and what is wrong
     */
    public static ProgramTemplate parse(String flag, String command, List<String> required) {
        List<String> words = split(flag, command);
        if (words.isEmpty()) {
            throw new IllegalArgumentException(flag + " is empty; give the command that runs the program, for example "
                    + "'python3 receiver.py {port} {out}'");
        }
        for (String word : words) {
            Matcher m = PLACEHOLDER.matcher(word);
            while (m.find()) {
                if (!PLACEHOLDERS.contains(m.group())) {
                    throw new IllegalArgumentException(flag + ": unknown placeholder " + m.group() + "; allowed: "
                            + String.join(", ", PLACEHOLDERS));
                }
            }
        }
        for (String placeholder : required) {
            if (words.stream().noneMatch(w -> w.contains(placeholder))) {
                throw new IllegalArgumentException(flag + " must use " + placeholder + " (" + meaning(placeholder)
                        + "): '" + command + "'");
            }
        }
        return new ProgramTemplate(flag, words);
    }

    /** The command with every placeholder replaced by its value. */
    public List<String> fill(Map<String, String> values) {
        List<String> out = new ArrayList<>();
        for (String word : words) {
            String filled = word;
            for (Map.Entry<String, String> e : values.entrySet()) {
                filled = filled.replace(e.getKey(), e.getValue());
            }
            out.add(filled);
        }
        return out;
    }

    static String meaning(String placeholder) {
        return switch (placeholder) {
            case "{host}" -> "the address to send to";
            case "{port}" -> "the port to send to, or for the receiver the port to listen on";
            case "{in}" -> "the file to send";
            default -> "the file the receiver writes";
        };
    }

    private static List<String> split(String flag, String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote == 0 && Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                continue;
            }
            word = word == null ? new StringBuilder() : word;
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (quote != 0 && c == quote) {
                quote = 0;
            } else if (c == '\\' && quote != '\'' && i + 1 < command.length()) {
                word.append(command.charAt(++i));
            } else {
                word.append(c);
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException(flag + ": a " + (quote == '\'' ? "single" : "double")
                    + " quote is not closed: '" + command + "'");
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
