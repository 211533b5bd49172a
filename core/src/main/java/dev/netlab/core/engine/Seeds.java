package dev.netlab.core.engine;

import java.nio.charset.StandardCharsets;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Derives one generator per (run seed, flow, direction, model name). Each part is folded in with
 * SplitMix64's finaliser, so neighbouring flows (1, 2, 3) get unrelated streams, and a flow's
 * streams depend on nothing but these four values: adding a flow cannot change another's draws.
 */
final class Seeds {

    private Seeds() {
    }

    /** A fresh generator for one model of one flow and direction. */
    static RandomGenerator generator(long seed, int flow, Direction direction, String model) {
        long h = modelSeed(seed, flow, direction, model);
        long second = mix(h + 0x9E3779B97F4A7C15L);
        // Well19937c spreads a short seed array over its whole state with its own recurrence.
        return new Well19937c(new int[] {(int) (h >>> 32), (int) h, (int) (second >>> 32), (int) second});
    }

    /** The 64-bit seed of one model of one flow and direction, from these four values alone. */
    static long modelSeed(long seed, int flow, Direction direction, String model) {
        long h = mix(seed);
        h = mix(h ^ flow);
        h = mix(h ^ (direction.ordinal() + 1));
        for (byte b : model.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ b);
        }
        return h;
    }

    /** SplitMix64's finaliser (Steele, Lea, Flood 2014): a bijection that scatters every input bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
