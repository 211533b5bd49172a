package dev.netlab.core.engine;

import java.util.ArrayList;
import java.util.HashMap;
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
    private final Map<String, RandomGenerator> generators = new HashMap<>();
    private LinkConfig builtFor;
    private Map<Impairment, Stage> stages = Map.of();

    Pipeline(long seed, int flow, Direction direction, Recorder recorder) {
        this.seed = seed;
        this.flow = flow;
        this.direction = direction;
        this.recorder = recorder;
    }

    /** Runs one packet through the chain; synchronized so even a careless caller cannot interleave a flow's state. */
    synchronized Fate process(LinkConfig config, Packet packet) {
        if (config != builtFor) {
            rebuild(config);
        }
        List<Copy> live = List.of(Copy.of(packet));
        DropReason firstDrop = null;
        for (Stage stage : stages.values()) {
            List<Copy> next = new ArrayList<>(live.size() + 1);
            for (Copy copy : live) {
                Step step = stage.apply(packet, copy);
                if (step instanceof Step.Pass pass) {
                    noteNewMarks(packet, copy, pass.copy());
                    next.add(pass.copy());
                } else if (step instanceof Step.Split split) {
                    next.add(split.original());
                    next.add(split.duplicate());
                    recorder.log(packet, split.duplicate(), Action.DUPLICATED, 0, "");
                } else if (step instanceof Step.Drop drop) {
                    logDrop(packet, copy, drop.reason());
                    firstDrop = firstDrop == null ? drop.reason() : firstDrop;
                }
            }
            live = next;
            if (live.isEmpty()) {
                return new Fate.Dropped(firstDrop);
            }
        }
        List<Delivery> deliveries = new ArrayList<>(live.size());
        for (Copy copy : live) {
            long delayNanos = copy.releaseNanos() - packet.arrivalNanos();
            recorder.log(packet, copy, Action.FORWARDED, delayNanos, "");
            deliveries.add(new Delivery(copy.releaseNanos(), copy.payload(), copy.marks()));
        }
        return new Fate.Delivered(deliveries);
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
        };
        recorder.log(packet, copy, action, 0, reason.label());
    }

    private void rebuild(LinkConfig config) {
        Map<Impairment, Stage> old = new HashMap<>(stages);
        Map<Impairment, Stage> fresh = new java.util.LinkedHashMap<>();
        for (Impairment impairment : config.chain()) {
            Stage kept = old.remove(impairment);
            fresh.put(impairment, kept != null ? kept : impairment.newStage(generator(impairment.name())));
        }
        stages = fresh;
        builtFor = config;
    }

    private RandomGenerator generator(String model) {
        return generators.computeIfAbsent(model, name -> Seeds.generator(seed, flow, direction, name));
    }
}
