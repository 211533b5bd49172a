package dev.netlab.lab.cli.option;

import dev.netlab.lab.cli.console.BadInputException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options every client shares: which server, and how long to wait for a reply. */
public final class ClientOptions {

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "localhost",
            converter = Converters.HostConverter.class,
            description = "Server host name or address (default: ${DEFAULT-VALUE}).")
    public InetAddress host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "2105",
            description = "Server port (default: ${DEFAULT-VALUE}).")
    public int port;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "2s",
            converter = Converters.UpToTenMinutes.class,
            description = "UDP: how long to wait for each reply before calling it lost; TCP: after how long to say"
                    + " a reply is slow (it keeps waiting up to --give-up). For example 500ms or 2s, at most 10m"
                    + " (default: ${DEFAULT-VALUE}).")
    public Duration timeout;

    public InetSocketAddress server() {
        if (port < 1 || port > 65_535) {
            throw new BadInputException("--port must be between 1 and 65535: " + port);
        }
        if (timeout.isZero()) {
            throw new BadInputException("--timeout must be above 0: 0s");
        }
        return new InetSocketAddress(host, port);
    }
}
