package dev.netlab.reports.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The report's table for a concurrent run: one row per transport with what it offered and what it got,
 * each as a share of the link, and a row for both together, so one table shows UDP keeping its rate
 * while TCP backs off (docs/results.md, "Sharing one link: UDP and TCP at once").
 */
final class LinkShareTable {

    private LinkShareTable() {
    }

    static List<String> header() {
        return List.of("transport", "traffic", "offered", "delivered", "delivered of offered",
                "offered share of the link", "delivered share of the link");
    }

    static List<List<String>> cells(LinkShare share) {
        List<List<String>> rows = new ArrayList<>();
        double delivered = 0;
        for (LinkShare.Flow f : share.flows()) {
            rows.add(List.of(f.transport().name(), f.traffic(),
                    f.bulk() ? "all it could (" + Numbers.bitsPerSecond(f.offeredBps()) + " taken)"
                            : Numbers.bitsPerSecond(f.offeredBps()),
                    Numbers.bitsPerSecond(f.deliveredBps()),
                    f.bulk() ? "–" : Numbers.percent(f.deliveredOfOffered()),
                    f.bulk() ? "–" : LinkShare.pct(share.ofLink(f.offeredBps())),
                    LinkShare.pct(share.ofLink(f.deliveredBps()))));
            delivered += f.deliveredBps();
        }
        rows.add(List.of("together", share.hasRate() ? "link rate " + Numbers.bitsPerSecond(share.linkBps()) : "link without a rate",
                "–", Numbers.bitsPerSecond(delivered), "–", "–", LinkShare.pct(share.ofLink(delivered))));
        return rows;
    }
}
