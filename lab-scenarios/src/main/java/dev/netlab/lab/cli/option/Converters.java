package dev.netlab.lab.cli.option;

import dev.netlab.core.ServerMode;
import dev.netlab.core.scenario.Suggestions;
import dev.netlab.core.units.Durations;
import dev.netlab.simulator.server.Concurrency;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Turns flag values into netlab's types, with messages that say what is allowed. */
public final class Converters {

    private Converters() {
    }

    /**
     * {@code 2s}, {@code 500ms}, up to the flag's limit (docs/reliability.md, "Durations"): every
     * duration a flag takes is bounded, so nothing netlab waits for is without an end.
     */
    public abstract static class BoundedDuration implements ITypeConverter<Duration> {
        private final Duration max;

        BoundedDuration(Duration max) {
            this.max = max;
        }

        @Override
        public Duration convert(String value) {
            try {
                return Durations.parseAtMost(value, max);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Any other duration flag: at most an hour, as {@link UpToOneHour}. */
    public static final class DurationConverter extends BoundedDuration {
        public DurationConverter() {
            super(UpToOneHour.MAX);
        }
    }

    /** A duration of at most 10 minutes: a client's wait for one reply. */
    public static final class UpToTenMinutes extends BoundedDuration {
        /** The limit of {@code client --timeout}. */
        public static final Duration MAX = Duration.ofMinutes(10);

        public UpToTenMinutes() {
            super(MAX);
        }
    }

    /** A duration of at most an hour: run and sweep {@code --duration}, {@code --idle-timeout}, {@code --give-up}. */
    public static final class UpToOneHour extends BoundedDuration {
        /** The limit. */
        public static final Duration MAX = Duration.ofHours(1);

        public UpToOneHour() {
            super(MAX);
        }
    }

    /**
     * How long clients send ({@code run} and {@code sweep --duration}): above 0s, since a run of no
     * time sends nothing worth measuring, and at most an hour.
     */
    public static final class SendingTime extends BoundedDuration {
        public SendingTime() {
            super(UpToOneHour.MAX);
        }

        @Override
        public Duration convert(String value) {
            Duration d = super.convert(value);
            if (d.isZero()) {
                throw new TypeConversionException("must be above 0s, for example 5s: " + value.trim());
            }
            return d;
        }
    }

    /** A duration of at most a day: how long a proxy runs ({@code proxy --duration}). */
    public static final class UpToOneDay extends BoundedDuration {
        /** The limit. */
        public static final Duration MAX = Duration.ofHours(24);

        public UpToOneDay() {
            super(MAX);
        }
    }

    /** {@code echo} or {@code upper}. */
    public static final class ModeConverter implements ITypeConverter<ServerMode> {
        @Override
        public ServerMode convert(String value) {
            return lowerCaseEnum(ServerMode.class, value);
        }
    }

    /** {@code iterative} or {@code threads}. */
    public static final class ConcurrencyConverter implements ITypeConverter<Concurrency> {
        @Override
        public Concurrency convert(String value) {
            return lowerCaseEnum(Concurrency.class, value);
        }
    }

    /** A host name or address, looked up once. */
    public static final class HostConverter implements ITypeConverter<InetAddress> {
        @Override
        public InetAddress convert(String value) throws UnknownHostException {
            try {
                return InetAddress.getByName(value);
            } catch (UnknownHostException e) {
                throw new TypeConversionException("unknown host '" + value + "'; give a name or an address such as 127.0.0.1");
            }
        }
    }

    private static <E extends Enum<E>> E lowerCaseEnum(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.trim())) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" or "));
        throw new TypeConversionException(Suggestions.forValue("'" + value + "' is not allowed; expected " + allowed, value));
    }
}
