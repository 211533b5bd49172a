package dev.netlab.lab.check;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A named list of cases, read from a suite file or built in ({@code rdt}).
 *
 * @param name        the suite's name, shown in every result
 * @param description what the suite tests; may be empty
 * @param source      where it came from: {@code built-in} or the file as given
 * @param cases       at least one, names unique
 */
public record Suite(String name, String description, String source, List<CheckCase> cases) {

    /** Checks every part is given and copies the cases. */
    public Suite {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        cases = List.copyOf(cases);
    }

    /** The suite with every case changed the same way (the {@code --size} and {@code --time-limit} flags). */
    public Suite map(UnaryOperator<CheckCase> change) {
        return new Suite(name, description, source, cases.stream().map(change).toList());
    }

    /** Only the cases whose names are given, in suite order (the {@code --case} flag). */
    public Suite only(List<String> names) {
        return new Suite(name, description, source, cases.stream().filter(c -> names.contains(c.name())).toList());
    }

    /** The most points the suite gives. */
    public int points() {
        return cases.stream().mapToInt(CheckCase::points).sum();
    }
}
