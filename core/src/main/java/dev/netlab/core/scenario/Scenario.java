package dev.netlab.core.scenario;

import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.tcp.TcpSettings;
import dev.netlab.core.traffic.Traffic;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A lab scenario with every default resolved: what the clients send, what the link does in each
 * direction and when, which transports run, and how TCP is emulated. Read one with
 * {@link ScenarioLoader}; the file format is in {@code docs/scenarios.md}.
 *
 * @param name             a short name, for example {@code lossy-wifi}
 * @param description      what a student should observe
 * @param seed             decides every random draw of the run
 * @param traffic          the clients' messages
 * @param uplinkSettings   the link client to server, as settings
 * @param downlinkSettings the link server to client, as settings
 * @param uplink           built from {@code uplinkSettings}
 * @param downlink         built from {@code downlinkSettings}
 * @param phases           stretches of the run with another link, in time order, not overlapping
 * @param transports       which transports run, in order
 * @param tcp              the TCP emulation's settings
 * @param drain            how long to wait for stragglers after the last message
 */
public record Scenario(String name, String description, long seed, Traffic traffic,
        Map<String, String> uplinkSettings, Map<String, String> downlinkSettings, LinkConfig uplink, LinkConfig downlink,
        List<Phase> phases, List<Transport> transports, TcpSettings tcp, Duration drain) {

    public Scenario {
        uplinkSettings = Map.copyOf(uplinkSettings);
        downlinkSettings = Map.copyOf(downlinkSettings);
        phases = List.copyOf(phases);
        transports = List.copyOf(transports);
    }

    /** The same scenario with another seed. */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, newSeed, traffic, uplinkSettings, downlinkSettings, uplink, downlink,
                phases, transports, tcp, drain);
    }

    /** The same scenario with other transports. */
    public Scenario withTransports(List<Transport> only) {
        return new Scenario(name, description, seed, traffic, uplinkSettings, downlinkSettings, uplink, downlink,
                phases, only, tcp, drain);
    }

    /** The same scenario with other traffic. */
    public Scenario withTraffic(Traffic other) {
        return new Scenario(name, description, seed, other, uplinkSettings, downlinkSettings, uplink, downlink,
                phases, transports, tcp, drain);
    }
}
