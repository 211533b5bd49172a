package dev.netlab.lab.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalDouble;

/** Writes {@code check.json}: every case's verdict, reason and numbers (docs/check.md lists the keys). */
final class CheckJson {

    static final String FILE = "check.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CheckJson() {
    }

    static void write(CheckResult result, Path dir) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("suite", result.suite().name());
        root.put("source", result.suite().source());
        root.put("transport", result.transport());
        root.put("sender", result.sender());
        root.put("receiver", result.receiver());
        root.put("partial", result.partial());
        root.put("cases", result.suite().cases().size());
        root.put("ran", result.cases().size());
        root.put("passed", result.passed());
        root.put("pointsEarned", result.earned());
        root.put("pointsPossible", result.suite().points());
        var list = root.putArray("results");
        for (CaseResult r : result.cases()) {
            list.add(one(r));
        }
        JSON.writeValue(dir.resolve(FILE).toFile(), root);
    }

    private static ObjectNode one(CaseResult r) {
        CheckCase c = r.testCase();
        ObjectNode o = JSON.createObjectNode();
        o.put("name", c.name());
        o.put("description", c.description());
        o.put("passed", r.verdict().passed());
        o.put("verdict", r.verdict().kind());
        o.put("reason", r.verdict().reason());
        o.put("points", c.points());
        o.put("earned", r.earned());
        o.put("wallMs", Math.round(r.wallMillis() * 10) / 10.0);
        o.put("sizeBytes", c.sizeBytes());
        o.put("timeLimitMs", c.timeLimit().toMillis());
        o.put("seed", c.seed());
        o.set("uplinkSettings", JSON.valueToTree(c.uplinkTexts()));
        o.set("downlinkSettings", JSON.valueToTree(c.downlinkTexts()));
        o.set("rules", JSON.valueToTree(c.rules()));
        o.set("rulesApplied", JSON.valueToTree(r.resolvedRules()));
        r.output().ifPresent(out -> o.set("output", JSON.valueToTree(out)));
        o.set("uplink", JSON.valueToTree(r.traffic().uplink()));
        o.set("downlink", JSON.valueToTree(r.traffic().downlink()));
        put(o, "efficiency", r.traffic().efficiency());
        put(o, "retransmissionRatio", r.traffic().retransmissionRatio());
        o.put("minimalDatagrams", r.traffic().minimalDatagrams());
        o.put("ledgerNotKept", r.traffic().notKept());
        o.put("directory", r.directory());
        return o;
    }

    private static void put(ObjectNode o, String key, OptionalDouble value) {
        if (value.isPresent()) {
            o.put(key, Math.round(value.getAsDouble() * 10_000) / 10_000.0);
        } else {
            o.putNull(key);
        }
    }
}
