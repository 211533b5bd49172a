package dev.netlab.core.engine;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * {@code down: true}: the link is cut and drops every packet. It draws nothing.
 *
 * @param down whether the link is cut; default false
 */
public record Outage(boolean down) implements Impairment {

    /** Its keys, parsing and place in the chain: first, before anything else sees the packet. */
    public static final ImpairmentDescriptor<Outage> DESCRIPTOR = new Descriptor();

    @Override
    public String name() {
        return "down";
    }

    @Override
    public Stage newStage(RandomGenerator random) {
        return (packet, copy) -> down ? new Step.Drop(DropReason.DOWN) : new Step.Pass(copy);
    }

    private static final class Descriptor implements ImpairmentDescriptor<Outage> {
        private static final SettingKey<Boolean> DOWN = SettingKey.bool("down", "true drops everything (an outage)",
                "false");

        @Override
        public String name() {
            return "down";
        }

        @Override
        public List<SettingKey<?>> keys() {
            return List.of(DOWN);
        }

        @Override
        public Outage off() {
            return new Outage(false);
        }

        @Override
        public Outage settings(SettingValues values) {
            return new Outage(values.get(DOWN).orElse(false));
        }

        @Override
        public void print(Outage settings, Map<String, String> out) {
            if (settings.down()) {
                out.put(DOWN.name(), DOWN.print(true));
            }
        }

        @Override
        public LossProcess lossProcess(Outage settings) {
            return LossProcess.independent(settings.down() ? 1 : 0);
        }

        @Override
        public boolean acts(Outage settings) {
            return settings.down();
        }

        @Override
        public Impairment impairment(Outage settings, LinkConfig link) {
            return settings;
        }
    }
}
