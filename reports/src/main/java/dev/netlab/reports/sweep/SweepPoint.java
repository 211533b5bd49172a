package dev.netlab.reports.sweep;

import java.util.Arrays;

/**
 * One measure of one transport at one swept value, over its repeats: mean, min and max, leaving
 * out repeats where it could not be measured.
 *
 * @param value      the swept value
 * @param valueLabel how people write it
 * @param repeats    how many repeats gave a number
 * @param mean       their mean; NaN when none did
 * @param min        their smallest
 * @param max        their largest
 */
record SweepPoint(double value, String valueLabel, int repeats, double mean, double min, double max) {

    static SweepPoint of(double value, String label, double[] samples) {
        double[] ok = Arrays.stream(samples).filter(d -> !Double.isNaN(d)).toArray();
        if (ok.length == 0) {
            return new SweepPoint(value, label, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        return new SweepPoint(value, label, ok.length, Arrays.stream(ok).average().orElseThrow(),
                Arrays.stream(ok).min().orElseThrow(), Arrays.stream(ok).max().orElseThrow());
    }
}
