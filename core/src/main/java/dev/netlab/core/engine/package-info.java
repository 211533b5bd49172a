/**
 * The impairment engine: decides, for every packet a relay sees, whether it is dropped or when
 * (and in how many copies, with which damage) it is sent on. Pure: no sockets, threads or clock.
 *
 * <p>How a relay uses it:
 * <pre>{@code
 * LinkConfig up = LinkConfig.builder().loss(Percent.parse("5%")).delay(Durations.parse("20ms")).build();
 * ImpairmentEngine engine = new ImpairmentEngine(seed, up, LinkConfig.TRANSPARENT, new CsvLedgerWriter(writer));
 * if (up.isTransparent()) { send now } else {
 *     Fate fate = engine.process(flow, Direction.UPLINK, index++, data.length, System.nanoTime(), data);
 *     if (fate instanceof Fate.Delivered d) { for (Delivery copy : d.deliveries()) schedule(copy.releaseNanos(), copy.payload()); }
 * }
 * }</pre>
 *
 * <p>Each impairment is one settings record holding its stage and its
 * {@link dev.netlab.core.engine.ImpairmentDescriptor} (keys, parsing, printing, checks, chain place);
 * {@link dev.netlab.core.engine.Impairments} lists them in chain order, and everything that needs to
 * know the impairments (link building, the loader, the flags, the docs tests) goes through that list.
 *
 * <p>The chain order is drawn once, in {@link dev.netlab.core.engine.Stage}; randomness, threads and
 * scenario phases are described in {@link dev.netlab.core.engine.ImpairmentEngine}; the expected
 * values to print next to measurements are in {@link dev.netlab.core.engine.Theory}.
 */
package dev.netlab.core.engine;
