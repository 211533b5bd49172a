package dev.netlab.lab.cli.console;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Where a command reads and writes. Tests build their own; {@link #standard()} is the terminal.
 *
 * @param in  standard input, read as UTF-8 lines
 * @param out results and the lines a user asked for
 * @param err progress, warnings and errors
 */
public record Io(BufferedReader in, PrintWriter out, PrintWriter err) {

    /** The process's own standard streams, flushed on every line. */
    public static Io standard() {
        return new Io(
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    }
}
