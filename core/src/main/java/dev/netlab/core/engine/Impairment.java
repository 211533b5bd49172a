package dev.netlab.core.engine;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * The settings of one impairment model (an immutable record validated in its constructor), able
 * to start a fresh {@link Stage} for one flow and direction.
 */
public interface Impairment {

    /**
     * The model's name as scenario files spell the setting, for example {@code loss} or
     * {@code delay}. It also names the generator: (seed, flow, direction, name) seeds it, so two
     * models with the same name (the three loss models) continue one stream when swapped.
     */
    String name();

    /**
     * Starts the model for one flow and direction.
     *
     * @param random the generator for this (flow, direction, model); the stage's own
     * @return a stage holding whatever state the model needs
     */
    Stage newStage(RandomGenerator random);
}
