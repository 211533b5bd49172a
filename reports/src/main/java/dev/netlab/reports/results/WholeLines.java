package dev.netlab.reports.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole lines of a file a killed run left: every line that ends with a line end. The run writes
 * whole lines only, but a write cut short by the kill could still leave part of one at the end; it
 * is left out, never read as half a row, and counted so the summary can say so.
 *
 * @param lines         the whole lines, without their line ends
 * @param partialLastLine whether a last line without a line end was left out
 */
record WholeLines(List<String> lines, boolean partialLastLine) {

    /** Copies the list. */
    WholeLines {
        lines = List.copyOf(lines);
    }

    /** Reads {@code file}. */
    static WholeLines read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ResultsFormatException(file.getFileName() + " is missing from " + file.getParent()
                    + "; without it the run's summary cannot be rebuilt", e);
        } catch (java.nio.charset.MalformedInputException e) {
            // A kill in the middle of a multi-byte character; netlab writes ASCII only, so this is damage.
            throw new ResultsFormatException(file.getFileName() + " is not UTF-8 text", e);
        }
        int end = text.lastIndexOf('\n');
        boolean partial = end < text.length() - 1;
        String whole = end < 0 ? "" : text.substring(0, end);
        return new WholeLines(whole.isEmpty() ? List.of() : List.of(whole.split("\n", -1)), partial);
    }
}
