package dev.netlab.lab.cli.console;

/**
 * A failure at run time that the user can act on (a busy port, an unreachable target): printed as
 * one line, exit code {@link ExitCodes#FAILURE}, no stack trace unless {@code --verbose}.
 */
public final class RunFailureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RunFailureException(String message) {
        super(message);
    }

    public RunFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
