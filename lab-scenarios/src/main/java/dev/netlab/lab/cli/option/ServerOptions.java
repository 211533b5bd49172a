package dev.netlab.lab.cli.option;

import dev.netlab.core.ServerMode;
import dev.netlab.lab.cli.console.BadInputException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import picocli.CommandLine.Option;

/** The options every server shares: where it listens and what it answers. */
public final class ServerOptions {

    @Option(names = "--bind", paramLabel = "HOST", defaultValue = "127.0.0.1",
            converter = Converters.HostConverter.class,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    public InetAddress bind;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "2105",
            description = "Port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}, as in the lecture notes).")
    public int port;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "echo",
            converter = Converters.ModeConverter.class,
            description = "echo sends each message back; upper sends it back in upper case (default: ${DEFAULT-VALUE}).")
    public ServerMode mode;

    public InetSocketAddress address() {
        if (port < 0 || port > 65_535) {
            throw new BadInputException("--port must be between 0 and 65535: " + port);
        }
        return new InetSocketAddress(bind, port);
    }

    /** Says so when the server can be reached from other machines. */
    public void warnIfBeyondLoopback(PrintWriter err) {
        if (!bind.isLoopbackAddress()) {
            err.println("note: listening on " + bind.getHostAddress()
                    + ", so other machines on your network can reach this server");
        }
    }
}
