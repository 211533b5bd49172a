package dev.netlab.simulator.relay.tcp;

import static dev.netlab.simulator.relay.tcp.TcpEchoFixture.ANY_LOOPBACK_PORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.tcp.TcpSettings;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The relay's totals count every connection, however many closed beyond those it still lists. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@Tag("socket")
class TcpRelayTotalsTest {

    private static final int CONNECTIONS = 1_100;

    @Test
    void totalsCountEveryOneOfMoreThanAThousandShortConnections() throws Exception {
        ImpairmentEngine engine = new ImpairmentEngine(1, LinkConfig.TRANSPARENT, LinkConfig.TRANSPARENT, LedgerSink.NONE);
        try (TcpEchoFixture server = new TcpEchoFixture();
                TcpRelay relay = TcpRelay.start(TcpRelayOptions.of(ANY_LOOPBACK_PORT, server.address()), engine,
                        TcpSettings.defaults(), e -> { })) {
            for (int i = 0; i < CONNECTIONS; i++) {
                try (Socket socket = TcpRelayTest.connect(relay.address())) {
                    socket.getOutputStream().write('x');
                    socket.shutdownOutput();
                    assertEquals('x', socket.getInputStream().read());
                    assertEquals(-1, socket.getInputStream().read());
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (relay.totals().openConnections() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            TcpRelayTotals totals = relay.totals();
            assertEquals(0, totals.openConnections());
            assertEquals(CONNECTIONS, totals.connections());
            // One byte each way per connection is one data segment each way: a sum over only the
            // connections still listed (1 000) would fall short by 100.
            assertEquals(CONNECTIONS, totals.uplink().segments());
            assertEquals(CONNECTIONS, totals.downlink().segments());
            assertEquals(TcpRelayOptions.DEFAULT_MAX_RETAINED_CONNECTIONS, relay.connections().size(),
                    "the list stays bounded");
            assertTrue(relay.connections().get(0).flow() >= CONNECTIONS - 1_000, "the oldest were forgotten");
        }
    }
}
