package dev.netlab.reports.chart;

/** Makes AWT headless before anything draws: reports run on servers and in CI without a display. */
public final class Headless {

    private Headless() {
    }

    /** Sets {@code java.awt.headless=true} unless the user chose otherwise. */
    public static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
