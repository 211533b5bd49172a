package dev.netlab.reports.results;

import dev.netlab.core.scenario.Transport;

/**
 * One row of {@code sweep.csv}: one repeat of one transport at one value of the swept parameter.
 * Measures that could not be taken are NaN (an empty cell).
 *
 * @param parameter     the swept setting, for example {@code uplink.loss}
 * @param value         its value as a number, the chart's x
 * @param valueLabel    the same value as people write it, for example {@code 2%}
 * @param repeat        0-based repeat number at this value
 * @param transport     which transport
 * @param seed          the run's seed
 * @param deliveryRatio delivered / sent, 0 to 1
 * @param onTimeRatio   within the deadline / sent, 0 to 1
 * @param rttP99Ms      99th-percentile round trip, milliseconds
 * @param goodputBps    delivered payload, bits per second
 */
public record SweepRow(String parameter, double value, String valueLabel, int repeat, Transport transport, long seed,
        double deliveryRatio, double onTimeRatio, double rttP99Ms, double goodputBps) {
}
