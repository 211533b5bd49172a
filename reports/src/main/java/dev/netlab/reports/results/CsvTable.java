package dev.netlab.reports.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A small CSV file read by column name, with errors that name the file, the line and the column.
 * netlab's files hold numbers and plain words, never quoted commas, so a plain split is enough.
 */
final class CsvTable {

    private final String fileName;
    private final Map<String, Integer> columns;
    private final List<String[]> rows;
    private final List<Integer> lineNumbers;

    private CsvTable(String fileName, Map<String, Integer> columns, List<String[]> rows, List<Integer> lineNumbers) {
        this.fileName = fileName;
        this.columns = columns;
        this.rows = rows;
        this.lineNumbers = lineNumbers;
    }

    /** Reads a file whose header holds at least {@code required}; other columns are ignored. */
    static CsvTable read(Path file, List<String> required) throws IOException {
        String name = file.getFileName().toString();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ResultsFormatException(name + " is missing from " + file.getParent(), e);
        }
        return parse(name, lines, required);
    }

    /** The table in {@code lines} (the header first) of the file {@code name}. */
    static CsvTable parse(String name, List<String> lines, List<String> required) throws ResultsFormatException {
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new ResultsFormatException(name + " line 1: no header; expected " + String.join(",", required));
        }
        Map<String, Integer> columns = new HashMap<>();
        String[] header = split(lines.get(0));
        for (int i = 0; i < header.length; i++) {
            columns.put(header[i].trim().replace("\uFEFF", ""), i);
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw new ResultsFormatException(name + " line 1: no column '" + column + "'; expected "
                        + String.join(",", required));
            }
        }
        List<String[]> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = split(lines.get(i));
            if (cells.length < header.length) {
                throw new ResultsFormatException(name + " line " + (i + 1) + ": " + cells.length + " fields, expected "
                        + header.length);
            }
            rows.add(cells);
            numbers.add(i + 1);
        }
        return new CsvTable(name, columns, rows, numbers);
    }

    private static String[] split(String line) {
        return line.split(",", -1);
    }

    int size() {
        return rows.size();
    }

    String text(int row, String column) {
        return rows.get(row)[columns.get(column)].trim();
    }

    long whole(int row, String column) throws ResultsFormatException {
        String cell = text(row, column);
        try {
            return Long.parseLong(cell);
        } catch (NumberFormatException e) {
            throw bad(row, column, "a whole number", cell);
        }
    }

    double decimal(int row, String column) throws ResultsFormatException {
        String cell = text(row, column);
        try {
            double value = Double.parseDouble(cell);
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException(cell);
            }
            return value;
        } catch (NumberFormatException e) {
            throw bad(row, column, "a number", cell);
        }
    }

    OptionalDouble optionalDecimal(int row, String column) throws ResultsFormatException {
        return text(row, column).isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(decimal(row, column));
    }

    OptionalLong optionalWhole(int row, String column) throws ResultsFormatException {
        return text(row, column).isEmpty() ? OptionalLong.empty() : OptionalLong.of(whole(row, column));
    }

    /** A failure at a cell, naming the file, the line, the column and what was found. */
    ResultsFormatException bad(int row, String column, String expected, String found) {
        return new ResultsFormatException(fileName + " line " + lineNumbers.get(row) + ": " + column + " must be "
                + expected + ": '" + found + "'");
    }
}
