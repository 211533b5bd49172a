package dev.netlab.reports.results;

/**
 * What one transport's clients sent, as {@code summary.json} describes it: in a concurrent run each
 * transport has its own ({@code scenario.concurrent}), otherwise every transport sends the scenario's.
 *
 * @param profile    the traffic profile, for example {@code cbr}
 * @param clients    how many clients of this transport ran at once
 * @param durationMs how long they sent
 * @param deadlineMs the profile's round-trip deadline; NaN when it has none
 */
public record TrafficInfo(String profile, int clients, double durationMs, double deadlineMs) {

    /** Whether the profile has a deadline. */
    public boolean hasDeadline() {
        return !Double.isNaN(deadlineMs);
    }

    /** "cbr, 1 client": the profile and the number of clients, for tables and captions. */
    public String words() {
        return (profile.isEmpty() ? "default profile" : profile) + ", " + clients + (clients == 1 ? " client" : " clients");
    }
}
