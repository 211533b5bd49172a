package dev.netlab.lab.cli.console;

/**
 * Bad input from the user: printed as one line, exit code {@link ExitCodes#BAD_INPUT}, no stack
 * trace unless {@code --verbose}.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
