package dev.netlab.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Sends evenly spaced packets through an engine on virtual time. */
final class Traffic {

    static final int SIZE_BYTES = 100;

    private Traffic() {
    }

    /** An engine impairing only the uplink, recording only counters. */
    static ImpairmentEngine uplinkOnly(long seed, LinkConfig uplink) {
        return new ImpairmentEngine(seed, uplink, LinkConfig.TRANSPARENT, LedgerSink.NONE);
    }

    /** Sends packets 0..count-1 of one flow uplink, {@code spacingNanos} apart, handing each fate on. */
    static void send(ImpairmentEngine engine, int flow, int count, long spacingNanos, int sizeBytes, Consumer<Fate> fates) {
        byte[] payload = new byte[sizeBytes];
        for (int i = 0; i < count; i++) {
            fates.accept(engine.process(flow, Direction.UPLINK, i, sizeBytes, i * spacingNanos, payload));
        }
    }

    /** Sends packets and keeps their fates. */
    static List<Fate> send(ImpairmentEngine engine, int flow, int count, long spacingNanos) {
        List<Fate> fates = new ArrayList<>(count);
        send(engine, flow, count, spacingNanos, SIZE_BYTES, fates::add);
        return fates;
    }

    /** The delay of each delivered original (release minus arrival), in send order. */
    static double[] delaysNanos(List<Fate> fates, long spacingNanos) {
        double[] delays = new double[fates.size()];
        for (int i = 0; i < fates.size(); i++) {
            delays[i] = ((Fate.Delivered) fates.get(i)).first().releaseNanos() - i * spacingNanos;
        }
        return delays;
    }
}
