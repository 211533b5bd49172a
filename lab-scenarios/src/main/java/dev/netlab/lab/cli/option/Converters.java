package dev.netlab.lab.cli.option;

import dev.netlab.core.ServerMode;
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

    /** {@code 2s}, {@code 500ms}. */
    public static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return Durations.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
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
        throw new TypeConversionException("'" + value + "' is not allowed; expected " + allowed);
    }
}
