package dev.netlab.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every impairment in {@link Impairments#CHAIN} keeps, checked on sample settings of
 * each: reading what it printed gives its settings back, it draws a fixed number of random values
 * per copy, the same seed gives the same decisions, and its off settings leave packets alone.
 */
class ImpairmentContractTest {

    private static final int PACKETS = 2_000;

    /** Sample settings per impairment, as text; a sample may name what it needs from another impairment (reorder a delay). */
    private static final Map<String, List<Map<String, String>>> SAMPLES = Map.of(
            "down", List.of(Map.of("down", "true")),
            "loss", List.of(Map.of("loss", "5%"), Map.of("p", "1%", "r", "25%"),
                    Map.of("p", "2%", "r", "30%", "lossInBad", "80%", "lossInGood", "1%"), Map.of("pattern", "..X..XX.")),
            "duplicate", List.of(Map.of("duplicate", "10%")),
            "corrupt", List.of(Map.of("corrupt", "10%"), Map.of("corrupt", "20%", "corruptMode", "drop")),
            "delay", List.of(Map.of("delay", "20ms"), Map.of("delay", "20ms", "jitter", "5ms", "distribution", "normal"),
                    Map.of("delay", "20ms", "jitter", "10ms", "distribution", "paretonormal", "preserveOrder", "true"),
                    Map.of("jitter", "3ms", "distribution", "exponential")),
            "reorder", List.of(Map.of("reorder", "10%", "delay", "20ms"), Map.of("reorder", "25%", "gap", "3", "delay", "5ms")),
            "rate", List.of(Map.of("rate", "2mbit"), Map.of("rate", "500kbit", "overhead", "28B", "limit", "10")));

    @Test
    void theListingOrderHoldsExactlyTheChainsImpairmentsOnceEach() {
        // LISTED is written by hand beside CHAIN; a new impairment added to one list only fails here.
        assertEquals(Impairments.CHAIN.size(), Impairments.LISTED.size());
        assertEquals(Set.copyOf(Impairments.CHAIN), Set.copyOf(Impairments.LISTED));
    }

    static Stream<Arguments> samples() {
        List<Arguments> out = new ArrayList<>();
        for (ImpairmentDescriptor<?> d : Impairments.CHAIN) {
            List<Map<String, String>> samples = SAMPLES.get(d.name());
            assertTrue(samples != null && !samples.isEmpty(), "give " + d.name() + " samples in SAMPLES");
            samples.forEach(s -> out.add(Arguments.of(d.name(), d, s)));
        }
        return out.stream();
    }

    static Stream<Arguments> impairments() {
        return Impairments.CHAIN.stream().map(d -> Arguments.of(d.name(), d));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("samples")
    void readingWhatAnImpairmentPrintsGivesItsSettingsBack(String name, ImpairmentDescriptor<?> d, Map<String, String> sample) {
        assertPrintThenReadIsIdentity(d, sample);
    }

    private static <S> void assertPrintThenReadIsIdentity(ImpairmentDescriptor<S> d, Map<String, String> sample) {
        S settings = read(d, sample);
        Map<String, String> printed = new LinkedHashMap<>();
        d.print(settings, printed);
        // print is the inverse of read: what a written scenario says must build the same link.
        assertEquals(settings, read(d, printed), "printed as " + printed);
        assertTrue(d.acts(settings), "a sample must act, or it proves nothing about the stage");
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("samples")
    void everyCopyCostsTheSameNumberOfRandomDraws(String name, ImpairmentDescriptor<?> d, Map<String, String> sample) {
        Impairment impairment = stageOf(d, sample);
        CountingRandom random = new CountingRandom(new Well19937c(7));
        Stage stage = impairment.newStage(random);
        long perCopy = -1;
        for (int i = 0; i < PACKETS; i++) {
            long before = random.draws;
            stage.apply(packet(i), Copy.of(packet(i)));
            long drawn = random.draws - before;
            if (perCopy < 0) {
                perCopy = drawn;
            }
            // A fixed count keeps the k-th copy meeting the same draws whatever earlier copies were decided.
            assertEquals(perCopy, drawn, "draws for copy " + i);
        }
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("samples")
    void theSameSeedGivesTheSameDecisions(String name, ImpairmentDescriptor<?> d, Map<String, String> sample) {
        Impairment impairment = stageOf(d, sample);
        assertEquals(decisions(impairment.newStage(new Well19937c(42))), decisions(impairment.newStage(new Well19937c(42))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("impairments")
    void anImpairmentThatIsOffLeavesTheLinkTransparent(String name, ImpairmentDescriptor<?> d) {
        assertOffIsTransparent(d);
    }

    private static <S> void assertOffIsTransparent(ImpairmentDescriptor<S> d) {
        assertFalse(d.acts(d.off()), "off must not act");
        LinkConfig link = LinkConfig.builder().set(d, d.off()).build();
        // Relays skip the engine for a transparent link, so off must mean no stage at all.
        assertTrue(link.isTransparent());
        assertTrue(link.chain().isEmpty());
        Map<String, String> printed = new LinkedHashMap<>();
        d.print(d.off(), printed);
        assertTrue(printed.isEmpty(), "off is the default and prints nothing: " + printed);
    }

    private static <S> S read(ImpairmentDescriptor<S> d, Map<String, String> text) {
        Map<String, Object> values = new HashMap<>();
        text.forEach((k, v) -> values.put(k, Impairments.key(k).orElseThrow().parse(v)));
        return d.settings(new SettingValues(values));
    }

    /** The impairment this sample puts in the chain, built with the rest of the sample's link. */
    private static Impairment stageOf(ImpairmentDescriptor<?> d, Map<String, String> sample) {
        LinkConfig.Builder builder = LinkConfig.builder();
        for (ImpairmentDescriptor<?> any : Impairments.CHAIN) {
            set(builder, any, sample);
        }
        return builder.build().chain().stream().filter(i -> i.name().equals(d.name())).findFirst().orElseThrow();
    }

    private static <S> void set(LinkConfig.Builder builder, ImpairmentDescriptor<S> d, Map<String, String> sample) {
        builder.set(d, read(d, sample));
    }

    private static List<String> decisions(Stage stage) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < PACKETS; i++) {
            Step step = stage.apply(packet(i), Copy.of(packet(i)));
            if (step instanceof Step.Pass pass) {
                out.add("pass " + describe(pass.copy()));
            } else if (step instanceof Step.Split split) {
                out.add("split " + describe(split.original()) + " " + describe(split.duplicate()));
            } else {
                out.add(step.toString()); // a drop: a record of its reason
            }
        }
        return out;
    }

    private static String describe(Copy copy) {
        return copy.releaseNanos() + " " + copy.marks() + " " + Arrays.hashCode(copy.payload());
    }

    private static Packet packet(int index) {
        byte[] payload = new byte[100];
        payload[0] = (byte) index;
        return new Packet(1, Direction.UPLINK, index, payload.length, index * 1_000_000L, payload);
    }

    /** Counts every value drawn, so a test can see how many a stage takes per copy. */
    private static final class CountingRandom implements RandomGenerator {
        private final RandomGenerator inner;
        private long draws;

        CountingRandom(RandomGenerator inner) {
            this.inner = inner;
        }

        @Override
        public void setSeed(int seed) {
            inner.setSeed(seed);
        }

        @Override
        public void setSeed(int[] seed) {
            inner.setSeed(seed);
        }

        @Override
        public void setSeed(long seed) {
            inner.setSeed(seed);
        }

        @Override
        public void nextBytes(byte[] bytes) {
            draws++;
            inner.nextBytes(bytes);
        }

        @Override
        public int nextInt() {
            draws++;
            return inner.nextInt();
        }

        @Override
        public int nextInt(int n) {
            draws++;
            return inner.nextInt(n);
        }

        @Override
        public long nextLong() {
            draws++;
            return inner.nextLong();
        }

        @Override
        public boolean nextBoolean() {
            draws++;
            return inner.nextBoolean();
        }

        @Override
        public float nextFloat() {
            draws++;
            return inner.nextFloat();
        }

        @Override
        public double nextDouble() {
            draws++;
            return inner.nextDouble();
        }

        @Override
        public double nextGaussian() {
            draws++;
            return inner.nextGaussian();
        }
    }
}
