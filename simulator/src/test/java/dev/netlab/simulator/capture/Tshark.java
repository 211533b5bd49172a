package dev.netlab.simulator.capture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Wireshark's tshark on a capture, for tests that check it as Wireshark reads it. */
final class Tshark {

    private Tshark() {
    }

    static boolean installed() {
        try {
            Process process = new ProcessBuilder("tshark", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The lines tshark prints for the file with these arguments; fails when tshark fails. */
    static List<String> run(Path file, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tshark", "-n", "-r", file.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("tshark did not finish in 60 s");
        }
        if (process.exitValue() != 0) {
            throw new IOException("tshark exited with " + process.exitValue() + ": " + out);
        }
        return out.lines().toList();
    }
}
