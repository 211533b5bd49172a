package dev.netlab.core.engine;

import java.util.List;
import java.util.Map;

/**
 * Everything netlab knows about one impairment, kept next to its settings record and stage: its
 * keys (name, unit label, help, default), how it reads its settings and writes them back, whether
 * it acts, what it needs from the rest of the link, and the {@link Impairment} it adds to the
 * chain. {@link Impairments#CHAIN} lists them all, in chain order; the scenario loader, the
 * writer, the proxies' flags, the schema and docs tests all go through that list.
 *
 * <p>Adding an impairment: one file with its settings record, its stage and its descriptor, one
 * line in {@link Impairments#CHAIN}, and its docs.
 *
 * @param <S> its settings, an immutable record validated in its constructor
 */
public interface ImpairmentDescriptor<S> {

    /** Its name, for example {@code delay}; also the name of the {@link Impairment} it adds. */
    String name();

    /** Its keys, in the order listings show them. */
    List<SettingKey<?>> keys();

    /** Its settings when none of its keys is given; {@link #acts} is false for them. */
    S off();

    /**
     * Builds its settings from the values given for its keys, each already read once.
     *
     * @throws IllegalArgumentException naming the bad key (a {@link SettingException}), or starting
     *     with the key's name when a settings record rejects a value
     */
    S settings(SettingValues values);

    /** Writes the keys and values that build {@code settings} again, leaving defaults out; the inverse of {@link #settings}. */
    void print(S settings, Map<String, String> out);

    /** Whether these settings change anything; when not, the impairment stays out of the chain. */
    boolean acts(S settings);

    /**
     * Checks these settings against the rest of the link, for example that reorder has a delay to skip.
     *
     * @throws IllegalArgumentException saying what is missing and why
     */
    default void check(S settings, LinkConfig link) {
    }

    /**
     * Its part in the theory of loss: the losses these settings cause on their own, as a
     * {@link LossProcess} (rate and memory), composed in chain order by {@link LinkConfig#lossProcess()}.
     * None by default: an impairment that only delays, copies or damages loses nothing.
     */
    default LossProcess lossProcess(S settings) {
        return LossProcess.NONE;
    }

    /** What these settings add to the chain of {@code link}; called only when {@link #acts}. */
    Impairment impairment(S settings, LinkConfig link);
}
