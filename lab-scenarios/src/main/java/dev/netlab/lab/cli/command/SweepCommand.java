package dev.netlab.lab.cli.command;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.SettingException;
import dev.netlab.core.metrics.TransportSummary;
import dev.netlab.core.result.ResultsCsv;
import dev.netlab.core.result.RunResult;
import dev.netlab.core.result.TransportResult;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.lab.cli.console.BadInputException;
import dev.netlab.lab.cli.console.ExitCodes;
import dev.netlab.lab.cli.console.Io;
import dev.netlab.lab.cli.option.RunOptions;
import dev.netlab.lab.cli.option.Scenarios;
import dev.netlab.lab.cli.option.OutputDirectory;
import dev.netlab.lab.cli.option.Vary;
import dev.netlab.lab.run.LabRun;
import dev.netlab.reports.sweep.SweepReport;
import dev.netlab.simulator.run.RunListener;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code netlab sweep NAME --vary uplink.loss=0,5,10%}: runs a scenario at each value of a link
 * setting, a few times each, and charts UDP against TCP as the setting grows.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        header = "Run a scenario at several values of a link setting and chart them.", sortOptions = false,
        description = {
            "Run a scenario at each value of a link setting and chart delivery ratio, on-",
            "time ratio, p99 RTT and goodput against it, UDP against TCP, with bands over",
            "repeats. Several --vary change together (they need the same number of",
            "values). Writes each run's directory, sweep.csv, sweep.json, the charts and",
            "a sweep report."
        },
        footer = {"", "Example:", "  netlab sweep lossy-wifi --vary uplink.loss=0,5,10%% --repeat 3"})
public final class SweepCommand implements Callable<Integer> {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Io io;

    @Parameters(paramLabel = "SCENARIO", description = "A name from 'netlab list' or a scenario file.")
    private String scenarioName;

    @Option(names = "--vary", required = true, paramLabel = "DIR.SETTING=V1,V2,...",
            description = "A link setting and its values, for example uplink.loss=0,1,2,5,10,20%%.")
    private List<String> varies;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Runs per value, each with the next seed (default: ${DEFAULT-VALUE}).")
    private int repeat;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: runs/sweep-<name>-<time>).")
    private Path out;

    @Mixin
    private RunOptions options;

    SweepCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        List<Vary> vary = varies.stream().map(Vary::parse).toList();
        int points = vary.get(0).values().size();
        if (vary.stream().anyMatch(v -> v.values().size() != points)) {
            throw new BadInputException("--vary: settings varied together need the same number of values");
        }
        if (repeat < 1 || repeat > 100) {
            throw new BadInputException("--repeat must be between 1 and 100: " + repeat);
        }
        Scenario base = options.apply(Scenarios.load(scenarioName));
        String parameter = String.join("+", vary.stream().map(Vary::name).toList());
        Path dir = OutputDirectory.fresh(out != null ? out
                : Path.of("runs", "sweep-" + base.name() + "-" + LocalDateTime.now().format(STAMP)), "--out");
        List<Scenario> atValue = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            atValue.add(scenarioAt(base, vary, i));
        }
        int total = points * repeat;
        int done = 0;
        try (BufferedWriter csv = Files.newBufferedWriter(dir.resolve(ResultsCsv.SWEEP.fileName()), StandardCharsets.UTF_8)) {
            csv.write(ResultsCsv.SWEEP.header() + "\n");
            for (int i = 0; i < points; i++) {
                String label = vary.get(0).values().get(i);
                for (int r = 0; r < repeat; r++) {
                    Scenario scenario = atValue.get(i).withSeed(base.seed() + r);
                    progress(++done, total, parameter + "=" + label + ", repeat " + (r + 1) + ", seed " + scenario.seed());
                    Path runDir = dir.resolve(SweepReport.runDirName(label, r));
                    RunResult result = new LabRun(RunListener.NONE).execute(scenario, runDir);
                    for (TransportResult t : result.transports().values()) {
                        TransportSummary s = t.summary();
                        csv.write(String.join(",", parameter, plain(Vary.number(label)), label, String.valueOf(r),
                                t.transport().label(), String.valueOf(scenario.seed()), number(s.deliveryRatio()),
                                number(s.onTimeRatio()), number(s.rttMs().p99()), number(s.goodputBps())) + "\n");
                    }
                    csv.flush();
                }
            }
        }
        if (!options.quiet) {
            io.err().println();
        }
        io.out().println("sweep of " + base.name() + " over " + parameter + " = " + String.join(", ", vary.get(0).values())
                + ", " + repeat + " run(s) each");
        Path report = SweepReports.write(dir);
        io.out().println();
        io.out().print(SweepReport.text(dir));
        io.out().println();
        io.out().println("results: " + dir.toAbsolutePath().normalize());
        io.out().println("report: " + report.toAbsolutePath().normalize());
        return ExitCodes.OK;
    }

    private void progress(int done, int total, String what) {
        if (options.quiet) {
            return;
        }
        int width = 30;
        int filled = width * (done - 1) / total;
        io.err().print(String.format(Locale.ROOT, "\rsweep [%s%s] run %d/%d: %s        ", "#".repeat(filled),
                ".".repeat(width - filled), done, total, what));
        io.err().flush();
    }

    /**
     * The base scenario with the i-th value of every varied setting, checked like a scenario file.
     * A phase gets the value too where it had inherited the base's setting, and keeps its own
     * where it set one (an outage stays an outage).
     */
    static Scenario scenarioAt(Scenario base, List<Vary> vary, int i) {
        Scenario at = base;
        for (Vary v : vary) {
            for (Direction direction : v.direction().equals("link") ? List.of(Direction.values())
                    : List.of(v.direction().equals("uplink") ? Direction.UPLINK : Direction.DOWNLINK)) {
                try {
                    at = at.withLinkSetting(direction, v.key(), v.values().get(i));
                } catch (SettingException e) {
                    throw new BadInputException(base.name() + " at " + vary.get(0).values().get(i) + ": " + direction.label()
                            + "." + e.key() + ": " + e.getMessage(), e);
                }
            }
        }
        return at;
    }

    /** The swept value as a plain number in its label's unit: 5 for 5%, 0.5 for 0.5%, 20 for 20ms. */
    private static String plain(double value) {
        return Double.isNaN(value) ? "" : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.6g", value);
    }
}
