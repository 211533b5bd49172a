package dev.netlab.core;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a lecture-notes server does to a message before sending it back.
 *
 * <p>{@code upper} upper-cases text that is valid UTF-8 and, for anything else, only the ASCII
 * letters, so a binary or malformed message is answered rather than refused.
 */
public enum ServerMode {
    /** Sends the message back unchanged. */
    ECHO,
    /** Sends the message back in upper case, like the notes' {@code message.upper()}. */
    UPPER;

    /** The name used on the command line and in scenario files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The reply to one message.
     *
     * @param message the bytes received; not modified
     * @return the bytes to send back
     */
    public byte[] reply(byte[] message) {
        if (this == ECHO) {
            return message.clone();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(message))
                    .toString();
            return text.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            byte[] reply = message.clone();
            for (int i = 0; i < reply.length; i++) {
                if (reply[i] >= 'a' && reply[i] <= 'z') {
                    reply[i] = (byte) (reply[i] - ('a' - 'A'));
                }
            }
            return reply;
        }
    }
}
