package dev.netlab.core.units;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A share written as a percentage, held as a fraction: {@code 5%} is {@code 0.05}.
 *
 * <p>{@link #parse} reads {@code 5%} and {@code 0.05} alike. A bare number of 1 or more is
 * refused because {@code loss: 5} could mean 5% or 500%. A percentage is never negative; the
 * models that use one as a probability also check it is at most 100% via {@link #requireProbability},
 * so the message can name the setting.
 *
 * @param fraction the share as a fraction, {@code 0.05} for 5%; finite and not negative
 */
public record Percent(double fraction) {

    /** Nothing: 0%. */
    public static final Percent ZERO = new Percent(0.0);

    /** Everything: 100%. */
    public static final Percent HUNDRED = new Percent(1.0);

    /** What {@link #parse} accepts, for error messages. */
    public static final String ALLOWED = "a percentage such as 5% or 0.5%, or a fraction below 1 such as 0.05";

    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*(%?)");

    /** Checks the fraction is finite and not negative. */
    public Percent {
        if (!Double.isFinite(fraction) || fraction < 0) {
            throw new IllegalArgumentException("a percentage must be 0% or more: " + fraction * 100 + "%");
        }
    }

    /**
     * A percentage given in percent.
     *
     * @param percent for example {@code 5} for 5%
     */
    public static Percent of(double percent) {
        return new Percent(BigDecimal.valueOf(percent).movePointLeft(2).doubleValue());
    }

    /**
     * Parses a percentage.
     *
     * @param text {@code 5%}, {@code 0.5%} or {@code 0.05}
     * @throws IllegalArgumentException naming the text and what is allowed
     */
    public static Percent parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a percentage is missing; expected " + ALLOWED);
        }
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a percentage: '" + text + "'; expected " + ALLOWED);
        }
        BigDecimal amount = new BigDecimal(m.group(1));
        if (!m.group(2).isEmpty()) {
            return new Percent(amount.movePointLeft(2).doubleValue());
        }
        if (amount.compareTo(BigDecimal.ONE) >= 0) {
            // 5 could mean 5% or 500%; make the writer say which.
            throw new IllegalArgumentException("ambiguous percentage: '" + text + "'; write " + amount.toPlainString()
                    + "% or a fraction below 1 such as 0.05");
        }
        return new Percent(amount.doubleValue());
    }

    /**
     * Checks that a setting used as a probability is at most 100%.
     *
     * @param name the setting's name as a scenario file spells it, for example {@code loss}
     * @param value the value to check
     * @return the value
     * @throws IllegalArgumentException for example {@code loss must be between 0% and 100%: 120%}
     */
    public static Percent requireProbability(String name, Percent value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is missing; expected " + ALLOWED);
        }
        if (value.fraction > 1.0) {
            throw new IllegalArgumentException(name + " must be between 0% and 100%: " + value);
        }
        return value;
    }

    /** Whether this is 0%. */
    public boolean isZero() {
        return fraction == 0.0;
    }

    /** The share in percent, for example {@code 5.0} for 5%. */
    public double percent() {
        return BigDecimal.valueOf(fraction).movePointRight(2).doubleValue();
    }

    /** Formats as a scenario file would, for example {@code 5%} or {@code 0.5%}. */
    @Override
    public String toString() {
        return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
