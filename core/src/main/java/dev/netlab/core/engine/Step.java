package dev.netlab.core.engine;

import java.util.Objects;

/** What one {@link Stage} does with one copy: pass it on (perhaps changed), split it in two, or drop it. */
public sealed interface Step {

    /**
     * The copy goes on to the next stage.
     *
     * @param copy the copy, perhaps with a new release time, payload or mark
     */
    record Pass(Copy copy) implements Step {
        /** Checks the copy is given. */
        public Pass {
            Objects.requireNonNull(copy, "copy");
        }
    }

    /**
     * The copy goes on together with an extra copy (the duplicate model).
     *
     * @param original the copy that came in
     * @param duplicate the extra copy, marked {@link Delivery.Mark#DUPLICATE}
     */
    record Split(Copy original, Copy duplicate) implements Step {
        /** Checks both copies are given. */
        public Split {
            Objects.requireNonNull(original, "original");
            Objects.requireNonNull(duplicate, "duplicate");
        }
    }

    /**
     * The copy goes no further.
     *
     * @param reason why
     */
    record Drop(DropReason reason) implements Step {
        /** Checks the reason is given. */
        public Drop {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
