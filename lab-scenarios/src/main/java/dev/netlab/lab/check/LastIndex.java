package dev.netlab.lab.check;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code last} in a rule's index ({@code uplink index=last drop}, {@code index=last-1}).
 *
 * <p>A relay cannot know which datagram will be a protocol's last before the protocol has ended,
 * and matching a payload marker would only work for one protocol. So a case that names the last
 * datagram first runs the same programs on the same input over a perfect channel, counts the
 * datagrams of each direction, and then reads {@code last} as that count: the last datagram the
 * sender (uplink) or receiver (downlink) sends when nothing goes wrong. For a protocol that ends
 * with a FIN that is the FIN and its ACK, the classic trouble spot; docs/check.md says so.
 */
final class LastIndex {

    private static final Pattern INDEX = Pattern.compile("(?<=\\bindex=)\\S+");
    private static final Pattern LAST = Pattern.compile("last(?:-(\\d{1,6}))?");

    private LastIndex() {
    }

    static boolean mentionsLast(String rule) {
        Matcher m = INDEX.matcher(rule);
        return m.find() && LAST.matcher(m.group()).find();
    }

    /**
     * The rule with each {@code last} or {@code last-K} replaced by a 1-based index.
     *
     * @param uplinkCount   datagrams the sender sent over the perfect channel
     * @param downlinkCount datagrams the receiver sent over the perfect channel
     * @throws IllegalStateException when {@code last-K} is before the first datagram
     */
    static String resolve(String rule, long uplinkCount, long downlinkCount) {
        String direction = rule.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        long count = direction.equals("downlink") ? downlinkCount : uplinkCount;
        Matcher index = INDEX.matcher(rule);
        if (!index.find()) {
            return rule;
        }
        Matcher last = LAST.matcher(index.group());
        StringBuilder out = new StringBuilder();
        while (last.find()) {
            long back = last.group(1) == null ? 0 : Long.parseLong(last.group(1));
            if (count - back < 1) {
                throw new IllegalStateException("'" + rule.strip() + "': over a perfect channel the " + direction
                        + " carried only " + count + " datagram(s), so " + last.group() + " is before the first");
            }
            last.appendReplacement(out, Long.toString(count - back));
        }
        last.appendTail(out);
        return rule.substring(0, index.start()) + out + rule.substring(index.end());
    }
}
