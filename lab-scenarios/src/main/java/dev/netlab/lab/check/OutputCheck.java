package dev.netlab.lab.check;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The receiver's output against the input: their SHA-256 digests, and where they first differ.
 *
 * @param exists          whether the receiver wrote a file at all
 * @param outputBytes     the output's size (0 when there is none)
 * @param inputBytes      the input's size
 * @param firstDifference the first byte (from 0) where they differ, or -1 when one is a prefix of
 *                        the other or they are equal
 * @param inputSha256     the input's digest, hex
 * @param outputSha256    the output's digest, hex; empty when there is none
 */
public record OutputCheck(boolean exists, long outputBytes, long inputBytes, long firstDifference, String inputSha256,
        String outputSha256) {

    /** Compares the two files, reading each once. */
    static OutputCheck of(Path input, Path output) throws IOException {
        MessageDigest in = sha256();
        if (!Files.isRegularFile(output)) {
            digest(input, in);
            return new OutputCheck(false, 0, Files.size(input), -1, HexFormat.of().formatHex(in.digest()), "");
        }
        MessageDigest out = sha256();
        long difference = -1;
        try (InputStream a = new BufferedInputStream(Files.newInputStream(input));
                InputStream b = new BufferedInputStream(Files.newInputStream(output))) {
            long at = 0;
            while (true) {
                int x = a.read();
                int y = b.read();
                if (x < 0 && y < 0) {
                    break;
                }
                if (x >= 0) {
                    in.update((byte) x);
                }
                if (y >= 0) {
                    out.update((byte) y);
                }
                if (x >= 0 && y >= 0 && x != y && difference < 0) {
                    difference = at;
                }
                at++;
            }
        }
        return new OutputCheck(true, Files.size(output), Files.size(input), difference,
                HexFormat.of().formatHex(in.digest()), HexFormat.of().formatHex(out.digest()));
    }

    /** Whether the output is exactly the input. */
    boolean identical() {
        return exists && inputSha256.equals(outputSha256);
    }

    /** The verdict the output alone gives. */
    Verdict verdict() {
        if (!exists) {
            return new Verdict.NoOutput();
        }
        if (firstDifference >= 0) {
            return new Verdict.Mismatch(firstDifference, outputBytes, inputBytes);
        }
        if (outputBytes < inputBytes) {
            return new Verdict.Missing(outputBytes, inputBytes);
        }
        if (outputBytes > inputBytes) {
            return new Verdict.Extra(outputBytes, inputBytes);
        }
        return identical() ? new Verdict.Passed() : new Verdict.Mismatch(0, outputBytes, inputBytes);
    }

    /** "output complete", "output 5120 of 102400 bytes, correct so far", ... for the time-limit sentence. */
    String summary() {
        if (!exists) {
            return "no output file";
        }
        if (identical()) {
            return "its output was complete and correct";
        }
        if (outputBytes == 0) {
            return "output empty";
        }
        return "output " + outputBytes + " of " + inputBytes + " bytes"
                + (firstDifference >= 0 ? ", differing at byte " + firstDifference : ", correct so far");
    }

    private static void digest(Path file, MessageDigest md) throws IOException {
        try (InputStream a = new BufferedInputStream(Files.newInputStream(file))) {
            byte[] buffer = new byte[65536];
            for (int n; (n = a.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
