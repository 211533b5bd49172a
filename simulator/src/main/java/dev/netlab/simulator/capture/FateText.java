package dev.netlab.simulator.capture;

import dev.netlab.core.engine.Delivery;
import dev.netlab.core.engine.Fate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The packet comments: the relay's decision for a packet in a few words, as the ledger has it. */
final class FateText {

    private FateText() {
    }

    /** The comment of a packet as it arrived at the relay: dropped and why, or what leaves and when. */
    static String arrival(Fate fate, long engineNanos) {
        if (fate instanceof Fate.Dropped dropped) {
            return "dropped: " + dropped.reason().label();
        }
        if (fate instanceof Fate.Held) {
            return "held by a rule until the next datagram of its flow has passed";
        }
        List<Delivery> copies = ((Fate.Delivered) fate).deliveries();
        if (copies.size() == 1) {
            return "forwarded" + marks(copies.get(0)) + ", delayed " + ms(copies.get(0).releaseNanos() - engineNanos);
        }
        List<String> each = new ArrayList<>();
        for (Delivery copy : copies) {
            each.add(ms(copy.releaseNanos() - engineNanos) + marks(copy));
        }
        return "duplicated: " + copies.size() + " copies, delayed " + String.join(" and ", each);
    }

    /** The comment of a copy as it left the relay: the real time it spent there, the engine's delay included. */
    static String copy(Delivery delivery, int copy, int copies, long delayNanos) {
        String which = copies > 1 ? "copy " + (copy + 1) + " of " + copies + ", " : "";
        return which + "left the relay " + ms(delayNanos) + " after it arrived" + marks(delivery);
    }

    /** The marks of a copy, e.g. {@code " (corrupted, reordered)"}; empty for none. */
    static String marks(Delivery delivery) {
        List<String> marks = new ArrayList<>();
        for (Delivery.Mark mark : Delivery.Mark.values()) {
            if (mark != Delivery.Mark.DUPLICATE && delivery.is(mark)) {
                marks.add(mark.name().toLowerCase(Locale.ROOT));
            }
        }
        return marks.isEmpty() ? "" : " (" + String.join(", ", marks) + ")";
    }

    /** Nanoseconds as milliseconds with one decimal, e.g. {@code 23.4 ms}. */
    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
