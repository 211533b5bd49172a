package dev.netlab.lab.check;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** The file a case transfers: random bytes from the case's seed, so every run of a case sends the same file. */
final class InputFile {

    private InputFile() {
    }

    static void write(Path file, long sizeBytes, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] block = new byte[65536];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = sizeBytes; left > 0; left -= block.length) {
                random.nextBytes(block);
                out.write(block, 0, (int) Math.min(left, block.length));
            }
        }
    }
}
