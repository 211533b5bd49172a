package dev.netlab.lab.cli.command;

import dev.netlab.core.metrics.WilsonInterval;
import dev.netlab.core.result.RunResult;
import dev.netlab.core.result.RunWaits;
import dev.netlab.core.result.TransportResult;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.Transport;
import dev.netlab.core.theory.Expectation;
import dev.netlab.core.theory.ScenarioTheory;
import dev.netlab.core.theory.TheoryCheck;
import dev.netlab.lab.cli.console.CaptureCollector;
import dev.netlab.lab.cli.console.ConsoleTable;
import dev.netlab.lab.cli.console.ExitCodes;
import dev.netlab.lab.cli.console.Io;
import dev.netlab.lab.cli.console.ProgressBar;
import dev.netlab.lab.cli.option.CaptureLimit;
import dev.netlab.lab.cli.option.OutputDirectory;
import dev.netlab.lab.cli.option.RunOptions;
import dev.netlab.lab.cli.option.Scenarios;
import dev.netlab.lab.run.LabRun;
import dev.netlab.reports.LabReport;
import dev.netlab.reports.chart.ReportOptions;
import dev.netlab.simulator.run.RunListener;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code netlab run NAME}: the lab run, UDP and TCP on the same traffic and the same impairments. */
@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Run a scenario over UDP and TCP and compare them.", sortOptions = false,
        description = {
            "Run a scenario over UDP and then TCP, with the same traffic, the same",
            "impairments and the same seed, and compare them. Writes a results directory",
            "(scenario.yaml, messages.csv, ledger.csv, summary.json) and prints UDP and",
            "TCP side by side. Ctrl-C stops early and still writes what was measured,",
            "marked partial: messages still on their way count as in flight, not lost,",
            "and the exit code is 130. TCP waits for replies at most the drain plus 60 s",
            "after its last message; messages still undelivered then are counted as not",
            "delivered before the run ended (in flight), never as lost, with a warning.",
            "A run killed outright keeps scenario.yaml, messages.csv and ledger.csv;",
            "'netlab report DIR' rebuilds its summary."
        },
        footer = {"", "Examples:", "  netlab run lossy-wifi", "  netlab run handover --transports udp --duration 5s",
            "  netlab run my-scenario.yaml --out results/"})
public final class RunCommand implements Callable<Integer> {

    private final Io io;

    @Parameters(paramLabel = "SCENARIO", description = "A name from 'netlab list' or a scenario file.")
    private String scenarioName;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write the results (default: runs/<name>-<yyyyMMdd-HHmmss>).")
    private Path out;

    @Option(names = "--pcap",
            description = "Also write capture-udp.pcapng and capture-tcp.pcapng into the results: every packet and "
                    + "emulated TCP segment with the relay's decision on it, for Wireshark (docs/capture.md).")
    private boolean pcap;

    @Option(names = "--pcap-limit", paramLabel = "SIZE", defaultValue = "100MB",
            description = "Each capture's size limit with --pcap, at least 64KiB (default: ${DEFAULT-VALUE}); "
                    + "packets past it are counted, not written.")
    private String pcapLimit;

    @Mixin
    private RunOptions options;

    RunCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        Scenario scenario = options.apply(Scenarios.load(scenarioName));
        Path dir = out != null ? OutputDirectory.fresh(out, "--out") : LabRun.defaultDirectory(scenario);
        boolean bar = !options.quiet && System.console() != null;
        CaptureCollector listener = new CaptureCollector(bar ? new ProgressBar(io.err()) : RunListener.NONE);
        LabRun run = new LabRun(listener);
        if (pcap) {
            run.capturing(CaptureLimit.parse("--pcap-limit", pcapLimit));
        }
        if (!options.quiet) {
            io.err().println("running " + scenario.name() + " (seed " + scenario.seed() + ", "
                    + scenario.traffic().clients() + " client(s), " + ListCommand.profiles(scenario) + ", "
                    + scenario.transports().stream().map(Transport::label)
                            .collect(Collectors.joining(scenario.isConcurrent() ? " and " : " then "))
                    + (scenario.isConcurrent() ? " at once" : "")
                    + ") ...");
        }
        CountDownLatch written = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            run.stop();
            try {
                written.await(30, TimeUnit.SECONDS); // let the main thread write what was measured
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "netlab-run-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        RunResult result;
        try {
            result = run.execute(scenario, dir);
            report(scenario, result, dir);
            listener.captures().forEach(capture -> io.err().println(capture.describe()));
        } finally {
            written.countDown(); // a Ctrl-C hook waits for this: the table and report are printed first
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the hook is running
        }
        return result.partial() ? ExitCodes.INTERRUPTED : ExitCodes.OK;
    }

    /** "stopped early: UDP sent for 5.7 s of the planned 10.0 s, 3 in flight; TCP did not run". */
    static String stoppedEarly(Scenario scenario, RunResult result) {
        double plannedMs = scenario.traffic().sendingTime().toNanos() / 1e6;
        StringBuilder b = new StringBuilder("stopped early (Ctrl-C), of the planned "
                + String.format(Locale.ROOT, "%.1f s", plannedMs / 1000) + " per transport:");
        for (Transport t : scenario.transports()) {
            TransportResult r = result.transports().get(t);
            b.append(' ').append(t.label().toUpperCase(Locale.ROOT));
            if (r == null) {
                b.append(" did not run;");
                continue;
            }
            b.append(String.format(Locale.ROOT, " sent for %.1f s, %d in flight (not lost);",
                    r.timing().sendingMs() / 1000, r.timing().inFlight()));
        }
        b.setLength(b.length() - 1);
        return b.toString();
    }

    /** "warning: TCP reached its wait cap ...": what was left undelivered and how it is counted. */
    static String waitCapWarning(Scenario scenario, TransportResult r) {
        return String.format(Locale.ROOT, "warning: %s reached its wait cap (%.1f s after its last message: the drain"
                + " plus %d s) with %d message(s) not delivered before the run ended; they count as in flight, not"
                + " as lost, and the delivered share and round trips leave them out",
                r.transport().name(), RunWaits.tcp(scenario).toNanos() / 1e9, RunWaits.TCP_EXTRA.toSeconds(),
                r.timing().inFlight());
    }

    /** UDP's delivered share with its 95% interval (widened for bursty losses) against the theory. */
    static String udpAgainstTheory(Scenario scenario, TransportResult udp) {
        Expectation theory = ScenarioTheory.of(scenario);
        long delivered = udp.summary().delivered();
        long sent = udp.summary().sent();
        if (sent == 0) {
            return "UDP: nothing sent";
        }
        if (ScenarioTheory.udpSharesQueueWithTcp(scenario)) {
            // UDP shares the rate queue with TCP: its tail drops are TCP's doing, with no closed form.
            return String.format(Locale.ROOT, "UDP delivered %.1f%%; no theory to compare with: UDP shares the link's"
                    + " queue with TCP, and how the two split it has no closed form (docs/impairments.md)",
                    100.0 * delivered / sent);
        }
        WilsonInterval ci = WilsonInterval.of(delivered, sent, WilsonInterval.DEFAULT_CONFIDENCE, theory.varianceInflation());
        TheoryCheck check = new TheoryCheck("UDP", 1 - theory.roundTripLossRate(), ci.low(), ci.high());
        return "UDP delivered " + check.percent((double) delivered / sent) + " (95% interval "
                + check.percent(ci.low()).replace("%", "") + "-" + check.percent(ci.high())
                + (theory.varianceInflation() >= 1.5 ? ", widened for bursty losses" : "") + "). " + check.sentence();
    }

    /** With rules there is no theory to compare with: the closed forms know the random models only. */
    static String udpWithRules(Scenario scenario, TransportResult udp) {
        long sent = udp.summary().sent();
        String delivered = sent == 0 ? "nothing sent"
                : String.format(java.util.Locale.ROOT, "delivered %.1f%%", 100.0 * udp.summary().delivered() / sent);
        return "UDP " + delivered + "; no theory to compare with: the scenario's " + scenario.rules().size()
                + " rule(s) act on exactly the packets they name (ledger reason 'rule N')";
    }

    private void report(Scenario scenario, RunResult result, Path dir) throws java.io.IOException {
        io.out().println();
        io.out().println(scenario.name() + " (seed " + scenario.seed() + ")" + (result.partial() ? " - PARTIAL: stopped early" : ""));
        ConsoleTable.print(result, io.out());
        if (result.partial()) {
            io.out().println(stoppedEarly(scenario, result));
        }
        for (TransportResult r : result.transports().values()) {
            if (r.timing().waitCapReached()) {
                io.out().println(waitCapWarning(scenario, r));
            }
            if (r.transport() == Transport.UDP && r.corruptReplies() > 0) {
                io.out().println("UDP: " + r.corruptReplies() + " replies arrived damaged and were counted as lost");
            }
            if (r.transport() == Transport.UDP) {
                io.out().println(scenario.rules().isEmpty() ? udpAgainstTheory(scenario, r) : udpWithRules(scenario, r));
            }
        }
        io.out().println();
        io.out().println("results: " + dir.toAbsolutePath().normalize());
        io.out().flush();
        if (result.partial()) {
            // The JVM is shutting down (Ctrl-C): drawing now would race it. The files are complete.
            io.out().println("draw the charts with: netlab report " + dir);
            io.out().flush();
            return;
        }
        if (!options.quiet) {
            io.err().println("drawing the charts ...");
        }
        Path report = LabReport.write(dir, ReportOptions.DEFAULT);
        io.out().println("report:  " + report.toAbsolutePath().normalize());
        io.out().flush();
    }
}
