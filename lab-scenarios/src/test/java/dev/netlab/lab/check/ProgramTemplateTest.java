package dev.netlab.lab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgramTemplateTest {

    @Test
    void theCommandIsSplitAsAShellWouldAndPlaceholdersFilledIn() {
        ProgramTemplate t = ProgramTemplate.parse("--sender",
                "python3 'my sender.py' \"{host}\" {port} --file={in} a\\ b", CheckSetup.SENDER_NEEDS);
        assertEquals(List.of("python3", "my sender.py", "127.0.0.1", "4000", "--file=/tmp/in", "a b"),
                t.fill(Map.of("{host}", "127.0.0.1", "{port}", "4000", "{in}", "/tmp/in")));
    }

    @Test
    void anUnknownPlaceholderIsNamedWithTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProgramTemplate.parse("--receiver", "rx {prot} {out}", List.of()));
        assertEquals("--receiver: unknown placeholder {prot}; allowed: {host}, {port}, {in}, {out}", e.getMessage());
    }

    @Test
    void aReceiverWithoutPortIsRefusedWithWhatPortMeans() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProgramTemplate.parse("--receiver", "rx {out}", CheckSetup.RECEIVER_NEEDS));
        assertTrue(e.getMessage().startsWith("--receiver must use {port} (the port"), e.getMessage());
    }

    @Test
    void anUnclosedQuoteIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProgramTemplate.parse("--sender", "tx 'a {port} {in}", List.of()));
        assertTrue(e.getMessage().contains("single quote is not closed"), e.getMessage());
    }
}
