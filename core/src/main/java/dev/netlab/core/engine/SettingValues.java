package dev.netlab.core.engine;

import java.util.Map;
import java.util.Optional;

/**
 * A link's settings after each value was read once by its {@link SettingKey}, handed to every
 * {@link ImpairmentDescriptor} to build its settings from.
 */
public final class SettingValues {

    private final Map<String, Object> values;

    /**
     * Wraps values read by their keys.
     *
     * @param values key name to the value its own {@link SettingKey#parse} returned
     */
    public SettingValues(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    /** The value given for {@code key}, if any. */
    @SuppressWarnings("unchecked") // every value was made by its key's own parser
    public <T> Optional<T> get(SettingKey<T> key) {
        return Optional.ofNullable((T) values.get(key.name()));
    }

    /** Whether a value was given for {@code key}. */
    public boolean has(SettingKey<?> key) {
        return values.containsKey(key.name());
    }
}
