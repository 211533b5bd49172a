package dev.netlab.lab.check;

import dev.netlab.core.engine.LinkConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One case of a suite: the link the student's programs talk through, the targeted rules, the size
 * of the file to transfer, the time limit and what it is worth.
 *
 * @param name         lower-case letters, digits and dashes; the case's directory and test name
 * @param description  one sentence for the report; may be empty
 * @param uplinkTexts   the sender-to-receiver settings as written ({@code loss: 10%})
 * @param downlinkTexts the receiver-to-sender settings as written
 * @param uplink       what the relay does to the sender's datagrams
 * @param downlink     what the relay does to the receiver's datagrams (the ACKs)
 * @param rules        targeted rules as written, {@code last} not yet resolved (see {@link LastIndex})
 * @param sizeBytes    the size of the input file
 * @param timeLimit    the most both programs may take together
 * @param points       what the case is worth in the grade
 * @param seed         seeds the input file's bytes and every random decision of the link
 */
public record CheckCase(String name, String description, Map<String, String> uplinkTexts,
        Map<String, String> downlinkTexts, LinkConfig uplink, LinkConfig downlink, List<String> rules,
        long sizeBytes, Duration timeLimit, int points, long seed) {

    /** Checks every part is given and copies the collections. */
    public CheckCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        uplinkTexts = Map.copyOf(uplinkTexts);
        downlinkTexts = Map.copyOf(downlinkTexts);
        Objects.requireNonNull(uplink, "uplink");
        Objects.requireNonNull(downlink, "downlink");
        rules = List.copyOf(rules);
        Objects.requireNonNull(timeLimit, "timeLimit");
    }

    /** The same case with another size (the {@code --size} flag). */
    public CheckCase withSize(long bytes) {
        return new CheckCase(name, description, uplinkTexts, downlinkTexts, uplink, downlink, rules, bytes, timeLimit,
                points, seed);
    }

    /** The same case with another time limit (the {@code --time-limit} flag). */
    public CheckCase withTimeLimit(Duration limit) {
        return new CheckCase(name, description, uplinkTexts, downlinkTexts, uplink, downlink, rules, sizeBytes, limit,
                points, seed);
    }

    /** The same case on a perfect channel: how {@link LastIndex} finds the last datagram of each direction. */
    CheckCase perfect() {
        return new CheckCase(name, description, Map.of(), Map.of(), LinkConfig.TRANSPARENT, LinkConfig.TRANSPARENT,
                List.of(), sizeBytes, timeLimit, points, seed);
    }

    /** Whether the case's rules name the last datagram of a direction, which needs a run to find. */
    boolean needsLast() {
        return rules.stream().anyMatch(LastIndex::mentionsLast);
    }
}
