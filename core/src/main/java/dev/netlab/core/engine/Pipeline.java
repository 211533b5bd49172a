package dev.netlab.core.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The stages of one (flow, direction), built from the direction's current {@link LinkConfig}.
 * When the config changes, a stage whose settings are unchanged is kept with its state; a new
 * or changed one starts fresh but continues its model's generator, so the draws stay one stream.
 */
final class Pipeline {
    private final long seed;
    private final int flow;
    private final Direction direction;
    private final Recorder recorder;
    private final SharedQueues sharedQueues;
    private final Map<String, KeyedRandom> generators = new HashMap<>();
    private LinkConfig builtFor;
    private Map<Impairment, Stage> stages = Map.of();
    private Stage[] chain = new Stage[0];
    // Scratch state of the packet being processed; safe because process is synchronized.
    private DropReason firstDrop;
    private Copy pendingDuplicate;
    private int pendingFrom;
    private DrawKey currentKey;
    private String forwardedReason = "";

    Pipeline(long seed, int flow, Direction direction, Recorder recorder) {
        this(seed, flow, direction, recorder, new SharedQueues());
    }

    /** A pipeline whose shared rate queues are the direction's, {@code sharedQueues}, common to every flow. */
    Pipeline(long seed, int flow, Direction direction, Recorder recorder, SharedQueues sharedQueues) {
        this.seed = seed;
        this.flow = flow;
        this.direction = direction;
        this.recorder = recorder;
        this.sharedQueues = sharedQueues;
    }

    /** Runs one packet through the chain; synchronized so even a careless caller cannot interleave a flow's state. */
    synchronized Fate process(LinkConfig config, Packet packet) {
        if (config != builtFor) {
            rebuild(config);
        }
        return run(packet);
    }

    /**
     * Runs one packet with every model drawing from the stream of {@code drawKey} (see {@link KeyedRandom}).
     *
     * @param key the structured key stateful stages read (see {@link DrawKey}); null when the caller gave
     *        only a number, and then every stage treats the packet as unkeyed apart from its draws
     */
    synchronized Fate process(LinkConfig config, Packet packet, long drawKey, DrawKey key) {
        if (config != builtFor) {
            rebuild(config);
        }
        generators.values().forEach(g -> g.useKey(drawKey));
        currentKey = key;
        try {
            return run(packet);
        } finally {
            currentKey = null;
            generators.values().forEach(KeyedRandom::useSequence);
        }
    }

    /**
     * Runs copies a rule made (or the packet itself, changed by a rule) through the chain, each from
     * the first stage; their forwarded rows carry {@code reason}. With a draw key unless it is null.
     */
    synchronized Fate process(LinkConfig config, Packet packet, List<Copy> starts, String reason, Long drawKey) {
        if (config != builtFor) {
            rebuild(config);
        }
        if (drawKey != null) {
            generators.values().forEach(g -> g.useKey(drawKey));
        }
        firstDrop = null;
        forwardedReason = reason;
        try {
            List<Delivery> out = new ArrayList<>(2);
            for (Copy start : starts) {
                addIfDelivered(out, run(packet, start, 0));
                if (pendingDuplicate != null) {
                    Copy copy = pendingDuplicate;
                    pendingDuplicate = null;
                    addIfDelivered(out, run(packet, copy, pendingFrom));
                }
            }
            return out.isEmpty() ? new Fate.Dropped(firstDrop) : new Fate.Delivered(out);
        } finally {
            forwardedReason = "";
            if (drawKey != null) {
                generators.values().forEach(KeyedRandom::useSequence);
            }
        }
    }

    private static void addIfDelivered(List<Delivery> out, Delivery delivery) {
        if (delivery != null) {
            out.add(delivery);
        }
    }

    private Fate run(Packet packet) {
        firstDrop = null;
        // Depth first: the original runs the whole chain, then the duplicate (if any) runs the stages after
        // the split. Each stage still sees the original before its duplicate, and the common one-copy case
        // allocates no lists.
        Delivery original = run(packet, Copy.of(packet), 0);
        Delivery duplicate = null;
        if (pendingDuplicate != null) {
            Copy copy = pendingDuplicate;
            pendingDuplicate = null;
            duplicate = run(packet, copy, pendingFrom);
        }
        if (original == null && duplicate == null) {
            return new Fate.Dropped(firstDrop);
        }
        return new Fate.Delivered(original == null ? List.of(duplicate)
                : duplicate == null ? List.of(original) : List.of(original, duplicate));
    }

    /** Runs one copy from a stage on; returns its delivery, or null when a stage drops it. */
    private Delivery run(Packet packet, Copy copy, int fromStage) {
        for (int i = fromStage; i < chain.length; i++) {
            Step step = currentKey == null ? chain[i].apply(packet, copy) : chain[i].apply(packet, copy, currentKey);
            if (step instanceof Step.Pass pass) {
                noteNewMarks(packet, copy, pass.copy());
                copy = pass.copy();
            } else if (step instanceof Step.Split split) {
                if (pendingDuplicate != null) {
                    throw new IllegalStateException("a packet can be duplicated only once");
                }
                recorder.log(packet, split.duplicate(), Action.DUPLICATED, 0, "");
                pendingDuplicate = split.duplicate();
                pendingFrom = i + 1;
                copy = split.original();
            } else if (step instanceof Step.Drop drop) {
                logDrop(packet, copy, drop.reason());
                firstDrop = firstDrop == null ? drop.reason() : firstDrop;
                return null;
            }
        }
        recorder.log(packet, copy, Action.FORWARDED, copy.releaseNanos() - packet.arrivalNanos(), forwardedReason);
        return new Delivery(copy.releaseNanos(), copy.payload(), copy.marks());
    }

    private void noteNewMarks(Packet packet, Copy before, Copy after) {
        if (after.is(Delivery.Mark.CORRUPTED) && !before.is(Delivery.Mark.CORRUPTED)) {
            recorder.log(packet, after, Action.CORRUPTED, 0, "bit-flipped");
        }
        if (after.is(Delivery.Mark.REORDERED) && !before.is(Delivery.Mark.REORDERED)) {
            recorder.log(packet, after, Action.REORDERED, 0, "skipped-delay");
        }
    }

    private void logDrop(Packet packet, Copy copy, DropReason reason) {
        Action action = switch (reason) {
            case LOSS -> Action.DROPPED;
            case CORRUPT -> {
                recorder.log(packet, copy, Action.CORRUPTED, 0, "checksum-drop");
                yield Action.DROPPED;
            }
            case QUEUE_FULL -> Action.QUEUE_DROP;
            case DOWN -> Action.DOWN;
            case RULE -> Action.DROPPED; // rules drop before the chain (RuleHook); kept for a total switch
        };
        recorder.log(packet, copy, action, 0, reason.label());
    }

    private void rebuild(LinkConfig config) {
        Map<Impairment, Stage> old = new HashMap<>(stages);
        Map<Impairment, Stage> fresh = new LinkedHashMap<>();
        for (Impairment impairment : config.chain()) {
            Stage kept = old.remove(impairment);
            fresh.put(impairment, kept != null ? kept : newStage(impairment));
        }
        stages = fresh;
        chain = fresh.values().toArray(new Stage[0]);
        builtFor = config;
    }

    private Stage newStage(Impairment impairment) {
        if (impairment instanceof RateQueue queue && queue.shared()) {
            return sharedQueues.stage(queue);
        }
        return impairment.newStage(generator(impairment.name()));
    }

    private RandomGenerator generator(String model) {
        return generators.computeIfAbsent(model, name -> new KeyedRandom(Seeds.generator(seed, flow, direction, name),
                Seeds.modelSeed(seed, flow, direction, name)));
    }
}
