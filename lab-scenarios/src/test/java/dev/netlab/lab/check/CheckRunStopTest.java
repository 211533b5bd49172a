package dev.netlab.lab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.scenario.Transport;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What Ctrl-C does to a check (the command's shutdown hook calls {@link CheckRun#stop()}). */
@Tag("socket")
class CheckRunStopTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void stoppingKillsTheRunningProgramsAndKeepsWhatWasDone() throws Exception {
        Suite suite = SuiteLoader.load("two.yaml", "name: two\ntimeLimit: 50s\ncases:\n  - name: a\n  - name: b\n");
        CheckSetup setup = new CheckSetup(
                ProgramTemplate.parse("--sender", "python3 -c \"import time; time.sleep(50)\" {port} {in}",
                        CheckSetup.SENDER_NEEDS),
                ProgramTemplate.parse("--receiver", "python3 " + CheckCommandTest.EXAMPLES.resolve("saw_receiver.py")
                        + " {port} {out}", CheckSetup.RECEIVER_NEEDS), Transport.UDP);
        CountDownLatch running = new CountDownLatch(1);
        CheckRun run = new CheckRun(setup, new CheckRun.Listener() {
            @Override
            public void started(int index, int total, CheckCase c) {
                running.countDown();
            }

            @Override
            public void finished(int index, int total, CaseResult result) {
            }
        });
        CompletableFuture<CheckResult> result = CompletableFuture.supplyAsync(() -> {
            try {
                return run.execute(suite, dir);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(running.await(20, TimeUnit.SECONDS));
        Thread.sleep(1500); // both programs started: the receiver must open its port before the sender starts
        run.stop();
        CheckResult done = result.get(20, TimeUnit.SECONDS); // far less than the 50 s the sender would sleep
        assertTrue(done.partial());
        assertEquals(1, done.cases().size(), "the second case never started");
        assertInstanceOf(Verdict.Interrupted.class, done.cases().get(0).verdict());
        // Nothing the check started is left running.
        assertEquals(0, ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count());
    }
}
