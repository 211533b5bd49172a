package dev.netlab.lab.cli;

import dev.netlab.lab.cli.console.BadInputException;
import dev.netlab.lab.cli.console.ExitCodes;
import dev.netlab.lab.cli.console.Io;
import dev.netlab.lab.cli.console.RunFailureException;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * Builds the {@code netlab} command line. Tests call {@link #create(Io)} with their own streams;
 * {@link dev.netlab.lab.Main} uses {@link #standard()}.
 *
 * <p>Errors become one line on stderr: bad input exits {@link ExitCodes#BAD_INPUT}, a failure at
 * run time {@link ExitCodes#FAILURE}. Stack traces appear only with {@code --verbose}.
 */
public final class Netlab {

    private Netlab() {
    }

    /** The command line on the process's own standard streams. */
    public static CommandLine standard() {
        return create(Io.standard());
    }

    /** The command line on the given streams. */
    public static CommandLine create(Io io) {
        CommandLine cli = new CommandLine(new NetlabCommand(), new IoFactory(io));
        cli.setOut(io.out());
        cli.setErr(io.err());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Netlab::onBadArguments);
        cli.setExecutionExceptionHandler((e, command, parseResult) -> onFailure(e, command, parseResult));
        shareVersion(cli, new VersionProvider());
        return cli;
    }

    /** Gives every subcommand the root's version, so {@code netlab run -V} prints it instead of nothing. */
    private static void shareVersion(CommandLine command, VersionProvider version) {
        for (CommandLine sub : command.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(version);
            shareVersion(sub, version);
        }
    }

    private static int onBadArguments(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String message = e instanceof UnmatchedArgumentException unmatched ? Unmatched.explain(unmatched) : null;
        err.println(command.getCommandSpec().qualifiedName() + ": " + (message == null ? e.getMessage() : message)
                + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
        if (java.util.Arrays.asList(args).contains("--verbose")) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    private static int onFailure(Exception e, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        int code;
        if (e instanceof BadInputException) {
            err.println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            code = ExitCodes.BAD_INPUT;
        } else if (e instanceof RunFailureException) {
            err.println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            code = ExitCodes.FAILURE;
        } else {
            err.println(command.getCommandSpec().qualifiedName() + ": unexpected error: " + e
                    + (verbose(parseResult) ? "" : " (run again with --verbose for details)"));
            code = ExitCodes.FAILURE;
        }
        if (verbose(parseResult)) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** Whether {@code --verbose} was given anywhere on the command line. */
    static boolean verbose(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** Gives every command that wants one the session's {@link Io}. */
    private record IoFactory(Io io) implements IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                Constructor<K> withIo = type.getDeclaredConstructor(Io.class);
                withIo.setAccessible(true);
                return withIo.newInstance(io);
            } catch (NoSuchMethodException noIo) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
