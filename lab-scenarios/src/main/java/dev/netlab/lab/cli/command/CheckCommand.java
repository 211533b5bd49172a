package dev.netlab.lab.cli.command;

import dev.netlab.core.scenario.ScenarioException;
import dev.netlab.core.scenario.Transport;
import dev.netlab.core.units.ByteSize;
import dev.netlab.lab.check.CaseResult;
import dev.netlab.lab.check.CheckCase;
import dev.netlab.lab.check.CheckOutput;
import dev.netlab.lab.check.CheckResult;
import dev.netlab.lab.check.CheckRun;
import dev.netlab.lab.check.CheckSetup;
import dev.netlab.lab.check.CheckTable;
import dev.netlab.lab.check.ProgramTemplate;
import dev.netlab.lab.check.Suite;
import dev.netlab.lab.check.SuiteLoader;
import dev.netlab.lab.check.Suites;
import dev.netlab.lab.cli.console.BadInputException;
import dev.netlab.lab.cli.console.ExitCodes;
import dev.netlab.lab.cli.console.Io;
import dev.netlab.lab.cli.option.Converters;
import dev.netlab.lab.cli.option.OutputDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code netlab check}: grades a student's sender and receiver against a suite of lossy channels. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Grade a reliable-transfer sender and receiver against a suite of channels.",
        description = {
            "For each case of a suite: writes a random input file, starts the receiver,",
            "puts a relay with the case's link and rules in front of it, starts the",
            "sender pointed at the relay, waits for both (killing them at the time",
            "limit) and compares the output with the input. Writes check.json,",
            "junit.xml, check.md and check.html with a chart of the sender's datagrams",
            "per case. Placeholders: {host} {port} {in} {out}. Exit code 0 when every",
            "case passes, 1 when one fails, 2 on bad input, 130 on Ctrl-C."
        },
        footer = {"", "Example:",
            "  netlab check --receiver 'python3 examples/rdt/saw_receiver.py {port} {out}' \\",
            "               --sender 'python3 examples/rdt/saw_sender.py {host} {port} {in}'",
            "See docs/check.md for suite files and what each result means."})
public final class CheckCommand implements Callable<Integer> {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Io io;

    @Option(names = "--receiver", required = true, paramLabel = "CMD",
            description = "The receiver's command; must use {port} (listen here) and {out} (write the file here).")
    private String receiver;

    @Option(names = "--sender", required = true, paramLabel = "CMD",
            description = "The sender's command; must use {port} (send here, with {host}) and {in} (the file to send).")
    private String sender;

    @Option(names = "--suite", paramLabel = "NAME|FILE", defaultValue = "rdt",
            description = "A built-in suite (rdt) or a suite file (default: ${DEFAULT-VALUE}).")
    private String suiteName;

    @Option(names = "--case", paramLabel = "NAME", split = ",",
            description = "Run only these cases of the suite (repeat or separate with commas).")
    private List<String> only;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = Converters.DurationConverter.class,
            description = "Every case's time limit, instead of the suite's (1s to 1h).")
    private Duration timeLimit;

    @Option(names = "--size", paramLabel = "SIZE", description = "Every case's file size, instead of the suite's (0B to 100MB).")
    private String size;

    @Option(names = "--transport", paramLabel = "udp|tcp", defaultValue = "udp",
            description = "udp (datagrams through the UDP relay) or tcp (a stream through the TCP relay); default ${DEFAULT-VALUE}.")
    private String transport;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the results (default: runs/check-<suite>-<yyyyMMdd-HHmmss>).")
    private Path out;

    CheckCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        CheckSetup setup = setup();
        Suite suite = suite();
        Path dir = out != null ? OutputDirectory.fresh(out, "--out") : defaultDirectory(suite);
        Files.createDirectories(dir);
        CheckRun run = new CheckRun(setup, new Progress(io));
        io.err().println("checking " + suite.cases().size() + " case(s) of " + suite.name() + " over "
                + setup.transport().label() + "; results in " + dir);
        CountDownLatch written = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            run.stop();
            try {
                written.await(30, TimeUnit.SECONDS); // let the main thread write what was done
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "netlab-check-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        CheckResult result;
        try {
            result = run.execute(suite, dir);
            report(result, dir);
        } finally {
            written.countDown();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the hook is running
        }
        return result.partial() ? ExitCodes.INTERRUPTED : result.allPassed() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private void report(CheckResult result, Path dir) throws java.io.IOException {
        io.out().println();
        CheckTable.print(result, io.out());
        Path written = CheckOutput.write(result, dir, !result.partial());
        io.out().println("results: " + dir.toAbsolutePath().normalize());
        io.out().println((result.partial() ? "written: " : "report:  ") + written.toAbsolutePath().normalize());
        io.out().flush();
    }

    private CheckSetup setup() {
        Transport t;
        try {
            t = Transport.parse(transport);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--transport: " + e.getMessage());
        }
        try {
            return new CheckSetup(ProgramTemplate.parse("--sender", sender, CheckSetup.SENDER_NEEDS),
                    ProgramTemplate.parse("--receiver", receiver, CheckSetup.RECEIVER_NEEDS), t);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private Suite suite() {
        Suite suite;
        try {
            suite = Suites.load(suiteName);
        } catch (ScenarioException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        if (only != null && !only.isEmpty()) {
            List<String> names = suite.cases().stream().map(CheckCase::name).toList();
            for (String name : only) {
                if (!names.contains(name)) {
                    throw new BadInputException("--case " + name + ": no such case in " + suite.name() + "; its cases: "
                            + String.join(", ", names));
                }
            }
            suite = suite.only(only);
        }
        try {
            if (size != null) {
                long bytes = SuiteLoader.checkSize(ByteSize.parse(size).bytes());
                suite = suite.map(c -> c.withSize(bytes));
            }
            if (timeLimit != null) {
                Duration limit = SuiteLoader.checkTimeLimit(timeLimit);
                suite = suite.map(c -> c.withTimeLimit(limit));
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException((size != null ? "--size or --time-limit: " : "--time-limit: ") + e.getMessage());
        }
        return suite;
    }

    private static Path defaultDirectory(Suite suite) {
        Path base = Path.of("runs", "check-" + suite.name() + "-" + LocalDateTime.now().format(STAMP));
        Path dir = base;
        for (int i = 2; Files.exists(dir); i++) {
            dir = Path.of(base + "-" + i);
        }
        return dir;
    }

    /** The progress line per case: "[ 3/15] data-loss-10 ... PASS 2.31 s". */
    private record Progress(Io io) implements CheckRun.Listener {
        @Override
        public void started(int index, int total, CheckCase c) {
            int width = Integer.toString(total).length();
            io.out().print(String.format(Locale.ROOT, "[%" + width + "d/%d] %s ... ", index, total, c.name()));
            io.out().flush();
        }

        @Override
        public void finished(int index, int total, CaseResult result) {
            io.out().println(CheckTable.progress(result));
            io.out().flush();
        }
    }
}
