package dev.netlab.core.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.netlab.core.units.ByteSize;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The one TCP settings type: its defaults, its ranges and the one function that reads it from text. */
class TcpSettingsTest {

    private static final long MS = 1_000_000L;

    @Test
    void settingsNameTheBadValueAndTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TcpSettings.builder().windowBytes(100).build());
        assertEquals("window must be between 1448B and 1073741824B: 100B", e.getMessage());
        assertEquals("mss must be between 1B and 65495B: 0B", assertThrows(IllegalArgumentException.class,
                () -> TcpSettings.builder().mssBytes(0).build()).getMessage());
        assertEquals("minRto must be between 1ns and 60s: 0ms", assertThrows(IllegalArgumentException.class,
                () -> TcpSettings.builder().minRtoNanos(0).build()).getMessage());
        assertEquals(CongestionControl.NONE, CongestionControl.parse(" None "));
        assertThrows(IllegalArgumentException.class, () -> CongestionControl.parse("cubic"));
    }

    @Test
    void defaultsAreLinuxLikeAndTheSendBufferIsTwiceTheWindow() {
        TcpSettings d = TcpSettings.defaults();
        // The numbers the Javadoc promises; a changed default would change every TCP run's counts.
        assertEquals(new TcpSettings(1448, 64 * 1024, CongestionControl.NEWRENO, RecoveryAlgorithm.NEWRENO, 10,
                1_000 * MS, 200 * MS, 60_000 * MS, 0, 6), d);
        assertEquals(128 * 1024, d.sendBufferBytes());
        assertEquals(2 << 20, TcpSettings.builder().windowBytes(1 << 20).build().sendBufferBytes());
    }

    @Test
    void aMinimumRtoAboveOneSecondRaisesTheInitialRtoUntilTheMinimumMovesBack() {
        TcpSettings slow = TcpSettings.builder().minRto(Duration.ofSeconds(2)).build();
        // No timeout may be below the minimum (RFC 6298 2.4), the first one included.
        assertEquals(2_000 * MS, slow.initialRtoNanos());
        assertEquals(1_000 * MS, slow.toBuilder().minRtoNanos(100 * MS).build().initialRtoNanos(),
                "a derived initial RTO follows the minimum back down");
        TcpSettings impatient = TcpSettings.builder().initialRtoNanos(10 * MS).minRtoNanos(10 * MS).build();
        assertEquals(10 * MS, impatient.toBuilder().ackDelayNanos(5 * MS).build().initialRtoNanos(),
                "a chosen initial RTO is kept");
    }

    @Test
    void textReadsBareBytesSizesDurationsAndNames() {
        TcpSettings.Builder b = TcpSettings.builder();
        TcpText.read(b, "mss", "1200");
        TcpText.read(b, "window", "32KiB");
        TcpText.read(b, "minRto", "50ms");
        TcpText.read(b, "cc", "none");
        assertEquals(TcpSettings.builder().mssBytes(1200).windowBytes(32 * 1024).minRtoNanos(50 * MS)
                .cc(CongestionControl.NONE).build(), b.build());
    }

    @Test
    void textNamesWhatIsAllowedAndLeavesTheKeyToTheCaller() {
        TcpSettings.Builder b = TcpSettings.builder();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TcpText.read(b, "mss", "big"));
        assertEquals("not a size: 'big'; expected " + ByteSize.ALLOWED, e.getMessage());
        assertEquals("unknown tcp setting 'rwnd'; allowed: mss, window, minRto, cc",
                assertThrows(IllegalArgumentException.class, () -> TcpText.read(b, "rwnd", "1")).getMessage());
    }
}
