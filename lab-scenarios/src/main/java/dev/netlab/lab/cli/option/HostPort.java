package dev.netlab.lab.cli.option;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code HOST:PORT}, {@code [::1]:PORT} or just {@code PORT} (meaning 127.0.0.1). */
public final class HostPort implements ITypeConverter<InetSocketAddress> {

    @Override
    public InetSocketAddress convert(String value) {
        String text = value.trim();
        String host;
        String port;
        if (text.startsWith("[")) {
            int close = text.indexOf("]:");
            if (close < 0) {
                throw new TypeConversionException(expected(value));
            }
            host = text.substring(1, close);
            port = text.substring(close + 2);
        } else if (text.indexOf(':') != text.lastIndexOf(':')) {
            throw new TypeConversionException("put an IPv6 address in brackets: [::1]:9000; got '" + value + "'");
        } else if (text.contains(":")) {
            host = text.substring(0, text.indexOf(':'));
            port = text.substring(text.indexOf(':') + 1);
        } else {
            host = "127.0.0.1";
            port = text;
        }
        int number;
        try {
            number = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new TypeConversionException(expected(value));
        }
        if (number < 0 || number > 65_535) {
            throw new TypeConversionException("port must be between 0 and 65535: " + number);
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host.isEmpty() ? "127.0.0.1" : host), number);
        } catch (UnknownHostException e) {
            throw new TypeConversionException("unknown host '" + host + "' in '" + value + "'");
        }
    }

    private static String expected(String value) {
        return "expected HOST:PORT (for example 127.0.0.1:9000) or PORT; got '" + value + "'";
    }
}
