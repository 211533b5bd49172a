package dev.netlab.reports.compare;

import dev.netlab.reports.results.ResultsFormatException;
import dev.netlab.reports.results.ResultsReader;
import dev.netlab.reports.results.RunResults;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Two results directories read for comparison; A is the first named, B the second.
 *
 * @param dirA run A's directory
 * @param a    run A's results
 * @param dirB run B's directory
 * @param b    run B's results
 */
public record RunComparison(Path dirA, RunResults a, Path dirB, RunResults b) {

    /**
     * Reads both directories.
     *
     * @throws ResultsFormatException naming the file and what is wrong, when either is not a complete run
     */
    public static RunComparison read(Path dirA, Path dirB) throws IOException {
        return new RunComparison(dirA, ResultsReader.read(dirA), dirB, ResultsReader.read(dirB));
    }

    /** "A: DIR (scenario NAME, seed N); B: ...": which run is which, for captions and the console. */
    public String legend() {
        return "A: " + describe(dirA, a) + "; B: " + describe(dirB, b);
    }

    private static String describe(Path dir, RunResults r) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return (name == null ? dir.toString() : name.toString()) + " (" + r.caption() + ")";
    }
}
