package dev.netlab.core.scenario;

import dev.netlab.core.ServerMode;
import dev.netlab.core.traffic.Profile;
import dev.netlab.core.traffic.Traffic;
import dev.netlab.core.units.ByteSize;
import dev.netlab.core.units.DataRate;
import dev.netlab.core.units.Durations;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Reads a scenario's {@code traffic:} section, or one transport's under {@code concurrent:}: a profile
 * and what overrides its defaults. Problems name the key by its path ({@code traffic.rate},
 * {@code concurrent.udp.rate}).
 */
final class TrafficSection {

    static final List<String> KEYS = List.of("profile", "clients", "duration", "count", "size", "interval", "rate",
            "burst", "deadline", "server", "bytes");
    static final Duration DEFAULT_DURATION = Duration.ofSeconds(10);

    private final YamlFields fields;
    private final String path;

    TrafficSection(YamlFields fields) {
        this(fields, "traffic");
    }

    /** A section at {@code path}, for example {@code concurrent.tcp}. */
    TrafficSection(YamlFields fields, String path) {
        this.fields = fields;
        this.path = path;
    }

    Traffic traffic(YamlNode.Entry entry, YamlNode.Position top) {
        if (entry == null) {
            fields.problem(top, path, "missing: give at least a profile, for example traffic: {profile: voip}");
            return null;
        }
        YamlNode.Mapping t = fields.mapping(entry.value(), path);
        if (t == null) {
            return null;
        }
        fields.keys(t, path, KEYS);
        Profile profile = fields.scalar(t, "profile", path)
                .map(s -> fields.parse(s, path + ".profile", Profile::parse, Profile.ALLOWED))
                .orElse(null);
        if (profile == null && !t.entries().containsKey("profile")) {
            fields.problem(t.position(), path + ".profile", "missing; allowed: " + Profile.ALLOWED);
        }
        Traffic traffic = traffic(t, profile == null ? Profile.CHAT : profile);
        // Without a usable profile the rest was still read with chat's defaults, to report its problems in this pass.
        return profile == null ? null : traffic;
    }

    private Traffic traffic(YamlNode.Mapping t, Profile profile) {
        Integer clients = whole(t, "clients", 1);
        if (clients != null && (clients < 1 || clients > Traffic.MAX_CLIENTS)) {
            fields.problem(t.entries().get("clients").value().position(), path + ".clients",
                    "must be between 1 and " + Traffic.MAX_CLIENTS + ": " + clients);
            clients = null;
        }
        Integer size = fields.scalar(t, "size", path)
                .map(s -> fields.parse(s, path + ".size", text -> (int) ByteSize.parse(bare(text)).bytes(), ByteSize.ALLOWED))
                .orElse(profile.sizeBytes());
        Integer burst = whole(t, "burst", profile.burst());
        ServerMode server = fields.scalar(t, "server", path)
                .map(s -> fields.parse(s, path + ".server", TrafficSection::serverMode, "echo or upper"))
                .orElse(ServerMode.ECHO);
        Optional<Duration> deadline = profile.deadline();
        Optional<YamlNode.Scalar> deadlineText = fields.scalar(t, "deadline", path);
        if (deadlineText.isPresent()) {
            deadline = deadlineText.get().text().trim().equalsIgnoreCase("none") ? Optional.empty()
                    : Optional.ofNullable(fields.parse(deadlineText.get(), path + ".deadline",
                            text -> Durations.parseAtMost(text, Traffic.MAX_DEADLINE), Durations.ALLOWED + " or none"));
        }
        if (clients == null || size == null || burst == null || server == null) {
            return null;
        }
        Duration interval = interval(t, profile, size);
        Long messages = messages(t, profile, size, burst, interval);
        if (interval == null || messages == null) {
            return null;
        }
        try {
            return new Traffic(profile, clients, messages, size, interval, burst, deadline, server);
        } catch (IllegalArgumentException e) {
            // Point at the key the message is about ("size must be ..."), when the file gives it.
            YamlNode.Entry about = KEYS.stream().filter(k -> e.getMessage().startsWith(k + " "))
                    .map(t.entries()::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            fields.problem(about == null ? t.position() : about.value().position(),
                    about == null ? path : path + "." + about.key(), e.getMessage());
            return null;
        }
    }

    private Integer whole(YamlNode.Mapping t, String key, int otherwise) {
        return fields.scalar(t, key, path)
                .map(s -> fields.parse(s, path + "." + key, text -> Integer.parseInt(text.trim()), "a whole number"))
                .orElse(otherwise);
    }

    private Duration interval(YamlNode.Mapping t, Profile profile, int size) {
        Optional<YamlNode.Scalar> interval = fields.scalar(t, "interval", path);
        Optional<YamlNode.Scalar> rate = fields.scalar(t, "rate", path);
        if (interval.isPresent() && rate.isPresent()) {
            fields.problem(rate.get().position(), path + ".rate", "give interval or rate, not both");
            return null;
        }
        if (interval.isPresent()) {
            return fields.parse(interval.get(), path + ".interval", Durations::parse, Durations.ALLOWED);
        }
        if (rate.isPresent()) {
            DataRate r = fields.parse(rate.get(), path + ".rate", DataRate::parse, DataRate.ALLOWED);
            return r == null ? null : Duration.ofNanos(r.serialisationNanos(size));
        }
        if (profile.interval().isZero()) {
            return Duration.ZERO;
        }
        // A changed size at the profile's own rate keeps the rate, as the profile describes it in bits per second.
        return profile.keepsRate()
                ? Duration.ofNanos(profile.interval().toNanos() * size / profile.sizeBytes())
                : profile.interval();
    }

    private Long messages(YamlNode.Mapping t, Profile profile, int size, int burst, Duration interval) {
        Optional<YamlNode.Scalar> count = fields.scalar(t, "count", path);
        Optional<YamlNode.Scalar> duration = fields.scalar(t, "duration", path);
        Optional<YamlNode.Scalar> bytes = fields.scalar(t, "bytes", path);
        int given = (count.isPresent() ? 1 : 0) + (duration.isPresent() ? 1 : 0) + (bytes.isPresent() ? 1 : 0);
        if (given > 1) {
            fields.problem(t.position(), path, "give one of duration, count or bytes, not several");
            return null;
        }
        if (count.isPresent()) {
            return fields.parse(count.get(), path + ".count", text -> Long.parseLong(text.trim()), "a whole number");
        }
        if (bytes.isPresent() || profile == Profile.FILE) {
            Long total = bytes.isPresent()
                    ? fields.parse(bytes.get(), path + ".bytes", text -> ByteSize.parse(bare(text)).bytes(), ByteSize.ALLOWED)
                    : profile.fileBytes();
            return total == null ? null : Math.max(1, (total + size - 1) / size);
        }
        Duration length = duration.isPresent()
                ? fields.parse(duration.get(), path + ".duration", TrafficSection::sendingTime, Durations.ALLOWED)
                : DEFAULT_DURATION;
        if (length == null || interval == null) { // a bad interval was reported where it was read
            return null;
        }
        long bursts = interval.isZero() ? 1 : Math.max(1, length.toNanos() / interval.toNanos());
        return bursts * burst; // as Traffic.withDuration counts them
    }

    /** A duration to send for: above 0s (a run of no time sends one message and measures nothing), at most 1h. */
    private static Duration sendingTime(String text) {
        Duration length = Durations.parseAtMost(text, Traffic.MAX_SENDING_TIME);
        if (length.isZero()) {
            throw new IllegalArgumentException("must be above 0s, for example 5s: " + text.trim());
        }
        return length;
    }

    private static String bare(String text) {
        return text.trim().matches("\\d+") ? text.trim() + "B" : text;
    }

    private static ServerMode serverMode(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "echo" -> ServerMode.ECHO;
            case "upper" -> ServerMode.UPPER;
            default -> throw new IllegalArgumentException("server must be echo or upper: '" + text + "'");
        };
    }
}
