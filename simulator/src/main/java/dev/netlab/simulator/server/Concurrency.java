package dev.netlab.simulator.server;

import java.util.Locale;

/** How a TCP server serves its clients. */
public enum Concurrency {
    /** One client at a time, exactly like the lecture notes' server; the others wait in the backlog. */
    ITERATIVE,
    /** One thread per connection socket, so clients are served at once. */
    THREADS;

    /** The name used on the command line and in scenario files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
