package dev.netlab.lab.check;

import dev.netlab.core.engine.CsvLedgerWriter;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.scenario.Transport;
import dev.netlab.lab.cli.console.BadInputException;
import dev.netlab.simulator.proxy.Proxy;
import dev.netlab.simulator.proxy.ProxySpec;
import dev.netlab.simulator.proxy.TcpProxy;
import dev.netlab.simulator.proxy.UdpProxy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Runs one case: writes the input, starts the receiver, waits until it has opened its port, starts
 * a relay in front of it with the case's link and rules, starts the sender pointed at the relay,
 * waits for both (killing them at the time limit or on Ctrl-C) and compares the output.
 */
final class CaseRunner {

    /** The longest a receiver may take to open its port (within the case's time limit). */
    static final long READY_MILLIS = 10_000;
    private static final long POLL_MILLIS = 20;
    private static final String HOST = "127.0.0.1";

    private final CheckSetup setup;
    private final BooleanSupplier stop;

    CaseRunner(CheckSetup setup, BooleanSupplier stop) {
        this.setup = setup;
        this.stop = stop;
    }

    /** Runs the case in {@code dir} (created) with the rules as given to the relay. */
    CaseResult run(CheckCase c, Path dir, List<String> rules) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        CaseFiles files = new CaseFiles(dir);
        InputFile.write(files.input, c.sizeBytes(), c.seed() ^ c.name().hashCode());
        int port = PortProbe.freePort(setup.transport());
        Map<String, String> values = Map.of("{host}", HOST, "{port}", Integer.toString(port),
                "{in}", files.input.toAbsolutePath().toString(), "{out}", files.output.toAbsolutePath().toString());
        long deadline = System.nanoTime() + c.timeLimit().toNanos();
        try (ChildProgram receiver = start("receiver", setup.receiver(), values, files)) {
            Optional<Verdict> notReady = awaitReady(receiver, port, deadline);
            if (notReady.isPresent()) {
                return result(c, notReady.get(), 0, files, CaseTraffic.NONE, rules);
            }
            try (DatagramLog log = new DatagramLog(new CsvLedgerWriter(
                    Files.newBufferedWriter(files.ledger, StandardCharsets.UTF_8)))) {
                return relayed(c, receiver, port, values, files, log, rules, deadline);
            }
        }
    }

    private CaseResult relayed(CheckCase c, ChildProgram receiver, int port, Map<String, String> values,
            CaseFiles files, DatagramLog log, List<String> rules, long deadline)
            throws IOException, InterruptedException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        ProxySpec spec = RuleSupport.apply(ProxySpec.of(new InetSocketAddress(loopback, 0),
                new InetSocketAddress(loopback, port)).withLinks(c.uplink(), c.downlink()).withSeed(c.seed())
                .withLedgerSink(log), rules);
        long started;
        List<String> stillRunning = new ArrayList<>();
        try (Proxy<?, ?> proxy = setup.transport() == Transport.TCP ? TcpProxy.start(spec) : UdpProxy.start(spec)) {
            Map<String, String> toRelay = new java.util.HashMap<>(values);
            toRelay.put("{port}", Integer.toString(proxy.address().getPort()));
            started = System.nanoTime();
            try (ChildProgram sender = start("sender", setup.sender(), toRelay, files)) {
                awaitBoth(sender, receiver, deadline);
                boolean limitReached = System.nanoTime() - deadline >= 0;
                for (ChildProgram p : List.of(sender, receiver)) {
                    if (limitReached && p.alive()) {
                        stillRunning.add(p.role);
                    }
                }
                double wallMs = (System.nanoTime() - started) / 1e6;
                receiver.close(); // before reading the output: a killed receiver writes no more
                Verdict early = stop.getAsBoolean() ? new Verdict.Interrupted() : null;
                return judged(c, early, stillRunning, List.of(sender, receiver), wallMs, files, log, rules);
            }
        }
    }

    private CaseResult judged(CheckCase c, Verdict early, List<String> stillRunning, List<ChildProgram> programs,
            double wallMs, CaseFiles files, DatagramLog log, List<String> rules) throws IOException {
        OutputCheck output = OutputCheck.of(files.input, files.output);
        Verdict verdict = early;
        if (verdict == null && !stillRunning.isEmpty()) {
            verdict = new Verdict.TimeLimit(c.timeLimit(), stillRunning, output.summary());
        }
        for (ChildProgram p : programs) {
            if (verdict == null && !p.alive() && p.exitCode() != 0) {
                verdict = new Verdict.NonZeroExit(p.role, p.exitCode(), p.lastErrorLine());
            }
        }
        verdict = verdict == null ? output.verdict() : verdict;
        var entries = log.entries();
        List<DatagramFates.Fate> up = DatagramFates.of(entries, Direction.UPLINK);
        List<DatagramFates.Fate> down = DatagramFates.of(entries, Direction.DOWNLINK);
        CaseTraffic traffic = new CaseTraffic(DatagramFates.counts(up), DatagramFates.counts(down), up, down,
                c.sizeBytes(), log.notKept());
        return new CaseResult(c, verdict, wallMs, Optional.of(output), traffic, rules, files.dir.getFileName().toString());
    }

    private CaseResult result(CheckCase c, Verdict verdict, double wallMs, CaseFiles files, CaseTraffic traffic,
            List<String> rules) {
        return new CaseResult(c, verdict, wallMs, Optional.empty(), traffic, rules, files.dir.getFileName().toString());
    }

    /** Waits for the receiver to open its port; a verdict when it dies first, never opens it, or Ctrl-C comes. */
    private Optional<Verdict> awaitReady(ChildProgram receiver, int port, long deadline) throws InterruptedException {
        long readyBy = Math.min(deadline, System.nanoTime() + READY_MILLIS * 1_000_000);
        while (!PortProbe.bound(setup.transport(), port)) {
            if (stop.getAsBoolean()) {
                return Optional.of(new Verdict.Interrupted());
            }
            if (!receiver.alive()) {
                return Optional.of(receiver.exitCode() != 0
                        ? new Verdict.NonZeroExit("receiver", receiver.exitCode(), receiver.lastErrorLine())
                        : new Verdict.NotReady("the receiver exited (code 0) before it opened port " + port));
            }
            if (System.nanoTime() - readyBy > 0) {
                return Optional.of(new Verdict.NotReady("the receiver did not open " + setup.transport().label()
                        + " port " + port + " within " + (READY_MILLIS / 1000) + " s; it must listen on the port"
                        + " given as {port}"));
            }
            Thread.sleep(POLL_MILLIS);
        }
        return Optional.empty();
    }

    /** Until both exited, the deadline passed, Ctrl-C, or the receiver failed (the sender would only wait in vain). */
    private void awaitBoth(ChildProgram sender, ChildProgram receiver, long deadline) throws InterruptedException {
        while (!stop.getAsBoolean() && System.nanoTime() - deadline < 0 && (sender.alive() || receiver.alive())) {
            if (!receiver.alive() && receiver.exitCode() != 0) {
                return;
            }
            ChildProgram waitOn = sender.alive() ? sender : receiver;
            waitOn.waitUntil(Math.min(deadline, System.nanoTime() + POLL_MILLIS * 1_000_000), stop);
        }
    }

    private static ChildProgram start(String role, ProgramTemplate program, Map<String, String> values,
            CaseFiles files) throws IOException {
        List<String> command = program.fill(values);
        Files.writeString(files.dir.resolve(role + ".command.txt"), String.join(" ", command) + "\n");
        try {
            return ChildProgram.start(role, command, files.dir.resolve(role + ".stdout.txt"),
                    files.dir.resolve(role + ".stderr.txt"));
        } catch (IOException e) {
            throw new BadInputException(program.flag() + ": cannot start '" + command.get(0) + "': "
                    + e.getMessage(), e);
        }
    }

    /** Where a case keeps its files. */
    private static final class CaseFiles {
        final Path dir;
        final Path input;
        final Path output;
        final Path ledger;

        CaseFiles(Path dir) {
            this.dir = dir;
            this.input = dir.resolve("input.bin");
            this.output = dir.resolve("output.bin");
            this.ledger = dir.resolve("ledger.csv");
        }
    }
}
