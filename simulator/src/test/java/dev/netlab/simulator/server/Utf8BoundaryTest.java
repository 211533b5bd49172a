package dev.netlab.simulator.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8BoundaryTest {

    @Test
    void keepsACharacterSplitAcrossReadsForTheNextRead() {
        byte[] text = "aü€😀".getBytes(StandardCharsets.UTF_8); // 1 + 2 + 3 + 4 bytes
        // Every cut inside a multi-byte character must fall back to where that character starts.
        int[] expected = {0, 1, 1, 3, 3, 3, 6, 6, 6, 6, 10};
        for (int length = 0; length <= text.length; length++) {
            assertEquals(expected[length], Utf8Boundary.completePrefix(text, length), "length " + length);
        }
    }

    @Test
    void treatsBytesThatAreNotUtf8AsComplete() {
        byte[] binary = {'a', (byte) 0xff};
        assertEquals(2, Utf8Boundary.completePrefix(binary, 2));
    }
}
