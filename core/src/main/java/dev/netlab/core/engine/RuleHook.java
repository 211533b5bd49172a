package dev.netlab.core.engine;

import dev.netlab.core.rule.FlowRules;
import dev.netlab.core.rule.Rule;
import dev.netlab.core.rule.RuleAction;
import dev.netlab.core.rule.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The engine's rule stage, in front of the random chain: asks the flow's {@link FlowRules} which rule
 * (if any) picks a packet, records what the rule does with reason {@code rule N ACTION}, counts it per
 * rule, and sends what is left through the chain. Only an engine with rules has one, so an engine
 * without pays nothing.
 */
final class RuleHook {

    /** Runs copies through the random chain of the packet's flow and direction. */
    @FunctionalInterface
    interface Chain {
        Fate run(Packet packet, List<Copy> starts, String reason, Long drawKey);
    }

    private final RuleSet rules;
    private final long seed;
    private final Recorder recorder;
    private final Chain chain;
    private final AtomicLongArray hits;
    private final AtomicLongArray dropsByDirection = new AtomicLongArray(Direction.values().length);
    private final ConcurrentHashMap<Integer, FlowRules> flows = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, ConcurrentLinkedQueue<HeldRelease>> ready = new ConcurrentHashMap<>();

    RuleHook(RuleSet rules, long seed, Recorder recorder, Chain chain) {
        this.rules = rules;
        this.seed = seed;
        this.recorder = recorder;
        this.chain = chain;
        this.hits = new AtomicLongArray(rules.size());
    }

    Fate process(Packet packet, Long drawKey) {
        FlowRules state = flows.computeIfAbsent(packet.flow(), f -> rules.newFlow(seed, f));
        Optional<FlowRules.Match> match = state.match(packet);
        if (match.isEmpty()) {
            Fate fate = chain.run(packet, List.of(Copy.of(packet)), "", drawKey);
            state.passed(packet.direction()).ifPresent(h -> leave(h, packet.arrivalNanos()));
            return fate;
        }
        Rule rule = match.get().rule();
        hits.incrementAndGet(rule.number() - 1);
        if (rule.action() instanceof RuleAction.Hold hold) {
            recorder.log(packet, Copy.of(packet), Action.REORDERED, 0, rule.reason());
            OptionalLong key = drawKey == null ? OptionalLong.empty() : OptionalLong.of(drawKey);
            state.hold(packet, rule, key).ifPresent(h -> leave(h, packet.arrivalNanos()));
            return new Fate.Held(packet.arrivalNanos() + hold.limit().toNanos());
        }
        Fate fate = act(state, packet, rule, match.get().index(), drawKey);
        state.passed(packet.direction()).ifPresent(h -> leave(h, packet.arrivalNanos()));
        return fate;
    }

    private Fate act(FlowRules state, Packet packet, Rule rule, long index, Long drawKey) {
        Copy copy = Copy.of(packet);
        String reason = rule.reason();
        RuleAction action = rule.action();
        if (action instanceof RuleAction.Drop) {
            recorder.log(packet, copy, Action.DROPPED, 0, reason);
            dropsByDirection.incrementAndGet(packet.direction().ordinal());
            return new Fate.Dropped(DropReason.RULE);
        }
        if (action instanceof RuleAction.Pass) {
            // Spared the random chain: delivered as it came, at once (docs/impairments.md, "Rules").
            recorder.log(packet, copy, Action.FORWARDED, 0, reason);
            return new Fate.Delivered(List.of(new Delivery(packet.arrivalNanos(), packet.payload(), Set.of())));
        }
        if (action instanceof RuleAction.Corrupt corrupt) {
            Optional<byte[]> damaged = state.corrupt(corrupt, packet, index);
            if (damaged.isPresent()) {
                copy = copy.carrying(damaged.get(), Delivery.Mark.CORRUPTED);
                recorder.log(packet, copy, Action.CORRUPTED, 0, reason);
            } else {
                reason = reason + ": empty payload, unchanged";
            }
            return chain.run(packet, List.of(copy), reason, drawKey);
        }
        if (action instanceof RuleAction.Duplicate) {
            Copy duplicate = copy.marked(Delivery.Mark.DUPLICATE);
            recorder.log(packet, duplicate, Action.DUPLICATED, 0, reason);
            return chain.run(packet, List.of(copy, duplicate), reason, drawKey);
        }
        RuleAction.Delay delay = (RuleAction.Delay) action;
        return chain.run(packet, List.of(copy.releasedAt(packet.arrivalNanos() + delay.delay().toNanos())), reason,
                drawKey);
    }

    /** Sends a held packet through the chain, leaving the hold at {@code atNanos}, and queues its fate. */
    private void leave(FlowRules.Held held, long atNanos) {
        Packet packet = held.packet();
        Copy copy = Copy.of(packet).releasedAt(Math.max(atNanos, packet.arrivalNanos()))
                .marked(Delivery.Mark.REORDERED);
        Long key = held.drawKey().isPresent() ? held.drawKey().getAsLong() : null;
        Fate fate = chain.run(packet, List.of(copy), held.rule().reason(), key);
        ready.computeIfAbsent(key(packet.flow(), packet.direction()), k -> new ConcurrentLinkedQueue<>())
                .add(new HeldRelease(packet, fate));
    }

    List<HeldRelease> takeReleased(int flow, Direction direction, long nowNanos) {
        FlowRules state = flows.get(flow);
        if (state != null) {
            state.expired(direction, nowNanos).ifPresent(h -> leave(h, h.untilNanos()));
        }
        ConcurrentLinkedQueue<HeldRelease> queue = ready.get(key(flow, direction));
        if (queue == null || queue.isEmpty()) {
            return List.of();
        }
        List<HeldRelease> out = new ArrayList<>(1);
        for (HeldRelease r = queue.poll(); r != null; r = queue.poll()) {
            out.add(r);
        }
        return out;
    }

    /** Forgets a flow; a packet still held is recorded as dropped, so nothing vanishes unrecorded. */
    void release(int flow) {
        FlowRules state = flows.remove(flow);
        for (Direction direction : Direction.values()) {
            ready.remove(key(flow, direction));
            if (state != null) {
                state.passed(direction).ifPresent(h -> recorder.log(h.packet(), Copy.of(h.packet()), Action.DROPPED, 0,
                        h.rule().reason() + ": flow closed while held"));
            }
        }
    }

    /** How many packets each rule picked, rule 1 first. */
    List<Long> hits() {
        List<Long> out = new ArrayList<>(hits.length());
        for (int i = 0; i < hits.length(); i++) {
            out.add(hits.get(i));
        }
        return out;
    }

    long drops(Direction direction) {
        return dropsByDirection.get(direction.ordinal());
    }

    RuleSet rules() {
        return rules;
    }

    private static long key(int flow, Direction direction) {
        return ((long) flow << 1) | direction.ordinal();
    }
}
