package dev.netlab.core.engine;

import java.util.SplittableRandom;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * One model's generator in a pipeline: by default the next values of its run-long sequence; for a
 * packet processed with a draw key, values that depend only on (the model's seed, the key), so the
 * packet meets the same fate whatever was drawn before it (the TCP emulation keys each transmission
 * by its place in the byte stream and its transmission number). The pipeline switches it per packet.
 */
final class KeyedRandom implements RandomGenerator {

    private final RandomGenerator sequence;
    private final long modelSeed;
    private SplittableRandom keyed;

    KeyedRandom(RandomGenerator sequence, long modelSeed) {
        this.sequence = sequence;
        this.modelSeed = modelSeed;
    }

    /** Draws from the stream of {@code key} until {@link #useSequence()}. */
    void useKey(long key) {
        keyed = new SplittableRandom(Seeds.mix(modelSeed ^ Seeds.mix(key)));
    }

    /** Draws the run-long sequence again. */
    void useSequence() {
        keyed = null;
    }

    @Override
    public void setSeed(int seed) {
        sequence.setSeed(seed);
    }

    @Override
    public void setSeed(int[] seed) {
        sequence.setSeed(seed);
    }

    @Override
    public void setSeed(long seed) {
        sequence.setSeed(seed);
    }

    @Override
    public void nextBytes(byte[] bytes) {
        if (keyed == null) {
            sequence.nextBytes(bytes);
        } else {
            keyed.nextBytes(bytes);
        }
    }

    @Override
    public int nextInt() {
        return keyed == null ? sequence.nextInt() : keyed.nextInt();
    }

    @Override
    public int nextInt(int n) {
        return keyed == null ? sequence.nextInt(n) : keyed.nextInt(n);
    }

    @Override
    public long nextLong() {
        return keyed == null ? sequence.nextLong() : keyed.nextLong();
    }

    @Override
    public boolean nextBoolean() {
        return keyed == null ? sequence.nextBoolean() : keyed.nextBoolean();
    }

    @Override
    public float nextFloat() {
        return keyed == null ? sequence.nextFloat() : (float) keyed.nextDouble();
    }

    @Override
    public double nextDouble() {
        return keyed == null ? sequence.nextDouble() : keyed.nextDouble();
    }

    @Override
    public double nextGaussian() {
        return keyed == null ? sequence.nextGaussian() : keyed.nextGaussian();
    }
}
