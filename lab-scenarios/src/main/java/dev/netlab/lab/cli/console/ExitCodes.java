package dev.netlab.lab.cli.console;

/** The exit codes of every netlab command. */
public final class ExitCodes {

    /** Everything went as asked. */
    public static final int OK = 0;
    /** The input was fine but something failed while running (a busy port, a lost server). */
    public static final int FAILURE = 1;
    /** A flag, an argument or a scenario file is not valid. */
    public static final int BAD_INPUT = 2;
    /**
     * Stopped by Ctrl-C (128 + SIGINT, as shells report it): what was measured was still written,
     * marked partial.
     */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
