package dev.netlab.lab;

import dev.netlab.lab.cli.Netlab;

/** Entry point of {@code netlab.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Netlab.standard().execute(args));
    }
}
