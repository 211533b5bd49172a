package dev.netlab.core.scenario;

import dev.netlab.core.engine.BernoulliLoss;
import dev.netlab.core.engine.CorruptMode;
import dev.netlab.core.engine.DelayDistribution;
import dev.netlab.core.engine.GilbertElliottLoss;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.engine.LossModel;
import dev.netlab.core.engine.PatternLoss;
import dev.netlab.core.units.ByteSize;
import dev.netlab.core.units.DataRate;
import dev.netlab.core.units.Durations;
import dev.netlab.core.units.Percent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds one direction's {@link LinkConfig} from settings written as text, the way scenario files
 * and the proxy's flags spell them: {@code loss: 5%}, {@code delay: 20ms}, {@code rate: 2mbit}.
 *
 * <p>Every key, its unit and what it means is in {@link #KEYS}; a value that does not parse, or
 * a combination the engine rejects, becomes a {@link SettingException} naming the key.
 */
public final class LinkSettings {

    /** Every key a link accepts, with what it takes. */
    public static final Map<String, String> KEYS = keys();

    private LinkSettings() {
    }

    private static Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("loss", "Bernoulli loss probability, for example 5% or 0.05");
        keys.put("p", "Gilbert-Elliott: probability of moving from the good to the bad state, for example 1%");
        keys.put("r", "Gilbert-Elliott: probability of moving from the bad to the good state, for example 25%");
        keys.put("lossInBad", "Gilbert-Elliott: loss probability in the bad state (default 100%)");
        keys.put("lossInGood", "Gilbert-Elliott: loss probability in the good state (default 0%)");
        keys.put("pattern", "a repeating loss pattern, X drops and . delivers, for example ..X..XX.");
        keys.put("delay", "one-way delay, for example 20ms");
        keys.put("jitter", "delay variation, for example 5ms");
        keys.put("distribution", "jitter distribution: uniform, normal, pareto, paretonormal or exponential (default uniform)");
        keys.put("preserveOrder", "true keeps jitter from reordering packets (default false)");
        keys.put("reorder", "probability that a packet skips the delay and overtakes others, for example 10%; needs a delay");
        keys.put("gap", "with reorder: only every gap-th packet may be reordered (default 1)");
        keys.put("duplicate", "probability of sending a packet twice, for example 1%");
        keys.put("corrupt", "probability of flipping one bit, for example 0.5%");
        keys.put("corruptMode", "deliver (the receiver gets the damaged packet) or drop (its checksum discards it); default deliver");
        keys.put("rate", "link rate, for example 2mbit or 500kbit");
        keys.put("overhead", "bytes added to each packet on the rated link, for example 28B");
        keys.put("limit", "queue limit in packets for the rated link (default: fits rate x delay)");
        keys.put("down", "true drops everything (an outage)");
        return Map.copyOf(keys);
    }

    /** The keys in the order they are documented. */
    public static List<String> keyOrder() {
        return List.of("loss", "p", "r", "lossInBad", "lossInGood", "pattern", "delay", "jitter", "distribution",
                "preserveOrder", "reorder", "gap", "duplicate", "corrupt", "corruptMode", "rate", "overhead", "limit",
                "down");
    }

    /**
     * Builds a link from settings.
     *
     * @param settings key to value as text; keys as in {@link #KEYS}
     * @throws SettingException for the first key that is unknown or whose value is not allowed
     */
    public static LinkConfig parse(Map<String, String> settings) {
        LinkConfig.Builder b = LinkConfig.builder();
        for (Map.Entry<String, String> e : settings.entrySet()) {
            if (!KEYS.containsKey(e.getKey())) {
                throw new SettingException(e.getKey(), "unknown setting '" + e.getKey() + "'"
                        + Suggestions.didYouMean(e.getKey(), keyOrder()) + "; allowed: " + String.join(", ", keyOrder()));
            }
        }
        String loss = settings.get("loss");
        String p = settings.get("p");
        String r = settings.get("r");
        String pattern = settings.get("pattern");
        int lossModels = (loss != null ? 1 : 0) + (p != null || r != null ? 1 : 0) + (pattern != null ? 1 : 0);
        if (lossModels > 1) {
            throw new SettingException(loss != null ? "loss" : "pattern",
                    "choose one loss model: loss (random), p and r (Gilbert-Elliott bursts) or pattern");
        }
        if (loss != null) {
            Percent probability = value("loss", loss, Percent::parse);
            set("loss", () -> b.loss(probability));
        }
        if (p != null || r != null) {
            if (p == null || r == null) {
                throw new SettingException(p == null ? "p" : "r", "Gilbert-Elliott loss needs both p and r");
            }
            Percent inBad = settings.containsKey("lossInBad")
                    ? value("lossInBad", settings.get("lossInBad"), Percent::parse) : Percent.HUNDRED;
            Percent inGood = settings.containsKey("lossInGood")
                    ? value("lossInGood", settings.get("lossInGood"), Percent::parse) : Percent.ZERO;
            Percent pp = value("p", p, Percent::parse);
            Percent rr = value("r", r, Percent::parse);
            LossModel bursts = value("p", p, t -> new GilbertElliottLoss(pp, rr, inBad, inGood));
            set("p", () -> b.loss(bursts));
        } else {
            for (String key : List.of("lossInBad", "lossInGood")) {
                if (settings.containsKey(key)) {
                    throw new SettingException(key, key + " belongs to Gilbert-Elliott loss: give p and r too");
                }
            }
        }
        if (pattern != null) {
            LossModel repeating = value("pattern", pattern, PatternLoss::new);
            set("pattern", () -> b.loss(repeating));
        }
        apply(settings, "delay", Durations::parse, b::delay);
        apply(settings, "jitter", Durations::parse, b::jitter);
        apply(settings, "distribution", DelayDistribution::parse, b::distribution);
        apply(settings, "preserveOrder", t -> bool("preserveOrder", t), b::preserveOrder);
        apply(settings, "reorder", Percent::parse, b::reorder);
        apply(settings, "gap", t -> integer("gap", t), b::gap);
        apply(settings, "duplicate", Percent::parse, b::duplicate);
        apply(settings, "corrupt", Percent::parse, b::corrupt);
        apply(settings, "corruptMode", CorruptMode::parse, b::corruptMode);
        apply(settings, "rate", DataRate::parse, b::rate);
        apply(settings, "overhead", ByteSize::parse, b::overhead);
        apply(settings, "limit", t -> integer("limit", t), b::limit);
        apply(settings, "down", t -> bool("down", t), b::down);
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new SettingException(blame(e.getMessage(), settings), e.getMessage());
        }
    }

    /**
     * The settings that build {@code link} again, leaving out defaults; the inverse of
     * {@link #parse}. For writing a resolved scenario and for one-line descriptions.
     */
    public static Map<String, String> toSettings(LinkConfig link) {
        Map<String, String> out = new LinkedHashMap<>();
        if (link.loss() instanceof BernoulliLoss bernoulli) {
            if (!bernoulli.loss().isZero()) {
                out.put("loss", bernoulli.loss().toString());
            }
        } else if (link.loss() instanceof GilbertElliottLoss ge) {
            out.put("p", ge.p().toString());
            out.put("r", ge.r().toString());
            if (ge.lossInBad().fraction() != 1.0) {
                out.put("lossInBad", ge.lossInBad().toString());
            }
            if (!ge.lossInGood().isZero()) {
                out.put("lossInGood", ge.lossInGood().toString());
            }
        } else if (link.loss() instanceof PatternLoss pattern) {
            out.put("pattern", pattern.pattern());
        }
        if (!link.delay().delay().isZero()) {
            out.put("delay", Durations.format(link.delay().delay()));
        }
        if (!link.delay().jitter().isZero()) {
            out.put("jitter", Durations.format(link.delay().jitter()));
            out.put("distribution", link.delay().distribution().label());
        }
        if (link.delay().preserveOrder()) {
            out.put("preserveOrder", "true");
        }
        if (!link.reorder().probability().isZero()) {
            out.put("reorder", link.reorder().probability().toString());
            if (link.reorder().gap() != 1) {
                out.put("gap", String.valueOf(link.reorder().gap()));
            }
        }
        if (!link.duplicate().probability().isZero()) {
            out.put("duplicate", link.duplicate().probability().toString());
        }
        if (!link.corrupt().probability().isZero()) {
            out.put("corrupt", link.corrupt().probability().toString());
            out.put("corruptMode", link.corrupt().mode().label());
        }
        link.rate().ifPresent(rate -> out.put("rate", rate.toString()));
        if (link.overhead().bytes() != 0) {
            out.put("overhead", link.overhead().toString());
        }
        link.limitPackets().ifPresent(limit -> out.put("limit", String.valueOf(limit)));
        if (link.down()) {
            out.put("down", "true");
        }
        return out;
    }

    /** A one-line description such as {@code loss 5%, delay 20ms, jitter 5ms}, or {@code none}. */
    public static String describe(LinkConfig link) {
        Map<String, String> settings = toSettings(link);
        if (settings.isEmpty()) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        settings.forEach((key, value) -> text.append(text.length() == 0 ? "" : ", ").append(key).append(' ').append(value));
        return text.toString();
    }

    /**
     * Checks one value on its own (its unit and range), without the other settings it may need.
     *
     * @throws SettingException naming the key when the value is not allowed or the key unknown
     */
    public static void checkValue(String key, String text) {
        if (!KEYS.containsKey(key)) {
            throw new SettingException(key, "unknown setting '" + key + "'" + Suggestions.didYouMean(key, keyOrder())
                    + "; allowed: " + String.join(", ", keyOrder()));
        }
        Function<String, ?> parser = switch (key) {
            case "loss", "p", "r", "lossInBad", "lossInGood", "reorder", "duplicate", "corrupt" -> t -> {
                Percent value = Percent.parse(t);
                return Percent.requireProbability(key, value);
            };
            case "pattern" -> PatternLoss::new;
            case "delay", "jitter" -> Durations::parse;
            case "distribution" -> DelayDistribution::parse;
            case "preserveOrder", "down" -> t -> bool(key, t);
            case "gap", "limit" -> t -> integer(key, t);
            case "corruptMode" -> CorruptMode::parse;
            case "rate" -> DataRate::parse;
            case "overhead" -> ByteSize::parse;
            default -> t -> t;
        };
        value(key, text, parser);
    }

    /** The key a combined-settings message is about: the first key it starts with, else the first given. */
    private static String blame(String message, Map<String, String> settings) {
        for (String key : keyOrder()) {
            if (settings.containsKey(key) && message.toLowerCase(Locale.ROOT).startsWith(key.toLowerCase(Locale.ROOT))) {
                return key;
            }
        }
        return settings.keySet().stream().findFirst().orElse("link");
    }

    private static <T> void apply(Map<String, String> settings, String key, Function<String, T> parser,
            java.util.function.Consumer<T> setter) {
        String text = settings.get(key);
        if (text != null) {
            T parsed = value(key, text, parser);
            try {
                setter.accept(parsed);
            } catch (IllegalArgumentException e) {
                throw new SettingException(key, e.getMessage());
            }
        }
    }

    private static void set(String key, Runnable setter) {
        try {
            setter.run();
        } catch (IllegalArgumentException e) {
            throw new SettingException(key, e.getMessage());
        }
    }

    private static <T> T value(String key, String text, Function<String, T> parser) {
        try {
            return parser.apply(text.trim());
        } catch (IllegalArgumentException e) {
            throw new SettingException(key, e.getMessage());
        }
    }

    private static boolean bool(String key, String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException(key + " must be true or false: '" + text + "'");
        };
    }

    private static int integer(String key, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number: '" + text + "'");
        }
    }
}
