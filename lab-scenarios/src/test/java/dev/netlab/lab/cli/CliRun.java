package dev.netlab.lab.cli;

import dev.netlab.lab.cli.console.Io;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;

/**
 * Runs the netlab command line in-process on strings, for tests.
 *
 * @param exitCode what the process would exit with
 * @param out      standard output
 * @param err      standard error
 */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Io io = new Io(new BufferedReader(new StringReader(input)), new PrintWriter(out, true), new PrintWriter(err, true));
        int code = Netlab.create(io).execute(args);
        return new CliRun(code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }
}
