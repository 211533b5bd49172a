package dev.netlab.core.engine;

import org.apache.commons.math3.random.RandomGenerator;

/** {@code down: true}: the link is cut and drops every packet. It draws nothing. */
public record Outage() implements Impairment {

    @Override
    public String name() {
        return "down";
    }

    @Override
    public Stage newStage(RandomGenerator random) {
        return (packet, copy) -> new Step.Drop(DropReason.DOWN);
    }
}
