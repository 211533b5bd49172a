package dev.netlab.core.engine;

import java.util.List;
import java.util.Optional;

/**
 * The registry of impairments: every {@link ImpairmentDescriptor}, in the order a packet meets
 * them (the diagram is in {@link Stage}). Written out here, once; nothing registers itself.
 */
public final class Impairments {

    /** Every impairment, in chain order: down, loss, duplicate, corrupt, delay, reorder, rate. */
    public static final List<ImpairmentDescriptor<?>> CHAIN = List.of(Outage.DESCRIPTOR, LossModel.DESCRIPTOR,
            Duplicate.DESCRIPTOR, Corrupt.DESCRIPTOR, Delay.DESCRIPTOR, Reorder.DESCRIPTOR, RateQueue.DESCRIPTOR);

    /**
     * The same impairments in the order people read them (docs, {@code --help}, written scenarios):
     * loss first, an outage last. A test checks it holds exactly the {@link #CHAIN}'s members.
     */
    public static final List<ImpairmentDescriptor<?>> LISTED = List.of(LossModel.DESCRIPTOR, Delay.DESCRIPTOR,
            Reorder.DESCRIPTOR, Duplicate.DESCRIPTOR, Corrupt.DESCRIPTOR, RateQueue.DESCRIPTOR, Outage.DESCRIPTOR);

    /** Every key of every impairment, in listing order. */
    public static final List<SettingKey<?>> KEYS = LISTED.stream().flatMap(d -> d.keys().stream()).toList();

    private Impairments() {
    }

    /** The names of {@link #KEYS}, in listing order. */
    public static List<String> keyNames() {
        return KEYS.stream().map(SettingKey::name).toList();
    }

    /** The key called {@code name}, if there is one. */
    public static Optional<SettingKey<?>> key(String name) {
        return KEYS.stream().filter(k -> k.name().equals(name)).findFirst();
    }
}
