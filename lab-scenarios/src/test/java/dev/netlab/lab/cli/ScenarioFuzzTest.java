package dev.netlab.lab.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutants of every shipped scenario through {@code netlab validate}: each is accepted or
 * refused with exit code 2 and one line per problem naming the file, never an exception's text.
 */
class ScenarioFuzzTest {

    private static final int MUTANTS_PER_SCENARIO = 30;
    private static final String[] INSERTS = {":", " ", "  ", "-", "\t", "%", "&a", "*a", "!!str ", "[", "]", "{", "}",
        "0", "-1", "1e309", "99999999999999999999", "\n", "\n---\n", "'", "\"", "#", "ms", "0.5%", "~", "null"};

    @Test
    void everyMutantOfAShippedScenarioIsAcceptedOrRefusedInOneLinePerProblem(@TempDir Path dir) throws IOException {
        Random random = new Random(20261127);
        List<Path> shipped;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/scenarios"))) {
            shipped = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(shipped.size() >= 13, "shipped scenarios found: " + shipped.size());
        int refused = 0;
        int mutants = 0;
        for (Path original : shipped) {
            String text = Files.readString(original);
            for (int i = 0; i < MUTANTS_PER_SCENARIO; i++) {
                Path mutant = dir.resolve("m" + mutants++ + ".yaml");
                Files.writeString(mutant, mutate(text, random));
                long start = System.nanoTime();
                CliRun run = CliRun.of("", "validate", mutant.toString());
                long tookMs = (System.nanoTime() - start) / 1_000_000;
                String what = mutant + " (from " + original.getFileName() + "):\n" + Files.readString(mutant) + "\n" + run;
                assertTrue(run.exitCode() == 0 || run.exitCode() == 2, what);
                assertTrue(tookMs < 5_000, "took " + tookMs + " ms: " + what);
                if (run.exitCode() == 2) {
                    refused++;
                    for (String line : run.err().strip().split("\n")) {
                        // One problem a line, placed in the file, or the count of the rest.
                        assertTrue(line.startsWith(mutant.toString()) || line.startsWith("... and "), what);
                    }
                }
                assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat "), what);
            }
        }
        // The mutator must really break files, or the test proves nothing.
        assertTrue(refused > mutants / 4, "refused " + refused + " of " + mutants);
    }

    private static String mutate(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int line = random.nextInt(lines.size());
            String l = lines.get(line);
            switch (random.nextInt(5)) {
                case 0 -> lines.add(line, l); // a line given twice
                case 1 -> lines.remove(line);
                case 2 -> {
                    int at = l.isEmpty() ? 0 : random.nextInt(l.length());
                    lines.set(line, l.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + l.substring(at));
                }
                case 3 -> lines.set(line, l.replaceAll("[0-9]+", INSERTS[14 + random.nextInt(4)]));
                default -> {
                    if (!l.isEmpty()) {
                        int at = random.nextInt(l.length());
                        lines.set(line, l.substring(0, at) + l.substring(at + 1));
                    }
                }
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        return String.join("\n", lines);
    }
}
