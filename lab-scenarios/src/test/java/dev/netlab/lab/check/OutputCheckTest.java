package dev.netlab.lab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputCheckTest {

    @TempDir
    Path dir;

    private Verdict verdict(byte[] input, byte[] output) throws IOException {
        Path in = Files.write(dir.resolve("in"), input);
        Path out = dir.resolve("out");
        if (output != null) {
            Files.write(out, output);
        }
        return OutputCheck.of(in, out).verdict();
    }

    @Test
    void anIdenticalOutputPasses() throws IOException {
        assertInstanceOf(Verdict.Passed.class, verdict(new byte[] {1, 2, 3}, new byte[] {1, 2, 3}));
    }

    @Test
    void aDifferentByteIsNamedByItsOffset() throws IOException {
        Verdict v = verdict(new byte[] {1, 2, 3, 4}, new byte[] {1, 2, 9, 4});
        assertEquals(new Verdict.Mismatch(2, 4, 4), v);
        assertTrue(v.reason().startsWith("the output differs from the input at byte 2"), v.reason());
    }

    @Test
    void aShortButCorrectOutputIsMissingBytes() throws IOException {
        Verdict v = verdict(new byte[] {1, 2, 3, 4}, new byte[] {1, 2});
        assertEquals(new Verdict.Missing(2, 4), v);
        assertTrue(v.reason().contains("2 never arrived"), v.reason());
    }

    @Test
    void anOutputWithMoreAfterTheInputHasExtraBytes() throws IOException {
        assertEquals(new Verdict.Extra(5, 4), verdict(new byte[] {1, 2, 3, 4}, new byte[] {1, 2, 3, 4, 4}));
    }

    @Test
    void noFileIsNoOutput() throws IOException {
        assertInstanceOf(Verdict.NoOutput.class, verdict(new byte[] {1}, null));
    }

    @Test
    void theDigestsAreSha256() throws IOException {
        Path in = Files.write(dir.resolve("abc"), "abc".getBytes());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                OutputCheck.of(in, in).outputSha256());
    }
}
