package dev.netlab.core.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A packet's loss as a random 0/1 sequence with memory: the long-run loss rate and how losses
 * of packets {@code k} apart are correlated, which decides how far a run's loss count strays from
 * the rate. Independent (Bernoulli) losses have no memory; bursty (Gilbert-Elliott) losses do, and
 * their count over a run spreads several times wider than a binomial's.
 *
 * <p>The autocovariance of the <em>delivery</em> indicator at lag {@code k ≥ 1} is a sum of
 * geometric terms {@code Σ c_i · λ_i^k} (a two-state Markov chain gives one term with
 * {@code λ = 1 − p − r}). The long-run variance per packet is then
 * {@code σ² = s(1 − s) + 2 Σ c_i λ_i / (1 − λ_i)} with {@code s} the delivery rate, and the
 * variance inflation over independent losses is {@code σ² / s(1 − s)}.
 *
 * @param lossRate the long-run share of packets lost, between 0 and 1
 * @param terms the geometric terms of the delivery indicator's autocovariance; empty for no memory
 */
public record LossProcess(double lossRate, List<Term> terms) {

    /** A process that never loses anything. */
    public static final LossProcess NONE = new LossProcess(0, List.of());

    /**
     * One geometric term {@code covariance · decay^k} of the autocovariance at lag {@code k ≥ 1}.
     *
     * @param covariance the term's value extrapolated to lag 0
     * @param decay the factor per packet of lag, strictly between −1 and 1 (or −1 for a chain that
     *     alternates, whose sum still converges in the Cesàro sense used here)
     */
    public record Term(double covariance, double decay) {
        /** Checks the decay makes the series summable. */
        public Term {
            if (!(decay >= -1 && decay < 1)) {
                throw new IllegalArgumentException("decay must be in [-1, 1): " + decay);
            }
        }
    }

    /** Checks the rate is a probability and copies the terms. */
    public LossProcess {
        if (!(lossRate >= 0 && lossRate <= 1)) {
            throw new IllegalArgumentException("loss rate must be between 0 and 1: " + lossRate);
        }
        terms = List.copyOf(terms);
    }

    /** Independent losses with probability {@code lossRate}. */
    public static LossProcess independent(double lossRate) {
        return new LossProcess(lossRate, List.of());
    }

    /**
     * A two-state Markov chain (Gilbert-Elliott) with loss chance {@code lossInBad} in the bad
     * state and {@code lossInGood} in the good one, moving good→bad with {@code p} and bad→good
     * with {@code r} per packet; the loss draw uses the state the packet started in. With
     * {@code π_B = p / (p + r)} and {@code λ = 1 − p − r}, the lag-k covariance of the loss (and so
     * of the delivery) indicator is {@code (lossInBad − lossInGood)² · π_B · π_G · λ^k}.
     */
    public static LossProcess markov(double p, double r, double lossInBad, double lossInGood) {
        if (p + r == 0) {
            return independent(lossInGood); // it stays in the good state it starts in
        }
        double bad = p / (p + r);
        double rate = bad * lossInBad + (1 - bad) * lossInGood;
        double covariance = (lossInBad - lossInGood) * (lossInBad - lossInGood) * bad * (1 - bad);
        double decay = 1 - p - r;
        return covariance == 0 || decay == 0 ? independent(rate)
                : new LossProcess(rate, List.of(new Term(covariance, decay)));
    }

    /**
     * A packet that must survive this process and then an independent {@code next} one, as a
     * request crossing the uplink and its reply the downlink. Delivery indicators multiply, so
     * {@code cov(k) = s₁²·cov₂(k) + s₂²·cov₁(k) + cov₁(k)·cov₂(k)}.
     */
    public LossProcess then(LossProcess next) {
        double s1 = 1 - lossRate;
        double s2 = 1 - next.lossRate;
        List<Term> out = new ArrayList<>();
        for (Term t : next.terms) {
            out.add(new Term(s1 * s1 * t.covariance(), t.decay()));
        }
        for (Term t : terms) {
            out.add(new Term(s2 * s2 * t.covariance(), t.decay()));
        }
        for (Term a : terms) {
            for (Term b : next.terms) {
                out.add(new Term(a.covariance() * b.covariance(), a.decay() * b.decay()));
            }
        }
        return new LossProcess(1 - s1 * s2, out);
    }

    /**
     * How many times wider the variance of a long run's delivered count is than with independent
     * losses at the same rate: {@code σ² / s(1 − s)}; 1 with no memory or when nothing (or
     * everything) is lost.
     */
    public double varianceInflation() {
        double s = 1 - lossRate;
        double independent = s * (1 - s);
        if (independent == 0) {
            return 1;
        }
        double sum = 0;
        for (Term t : terms) {
            sum += t.covariance() * t.decay() / (1 - t.decay());
        }
        return Math.max(1e-9, (independent + 2 * sum) / independent);
    }
}
