package dev.netlab.reports.chart;

import dev.netlab.core.result.ResultsLayout;
import dev.netlab.reports.text.Figure;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Renders a chart to PNG or SVG bytes, the same bytes every time for the same chart on the same
 * machine: no timestamps, and the SVG's generated ids have a fixed prefix instead of JFreeSVG's
 * clock-based one. Fonts come from the machine, so another machine may draw text differently.
 */
public final class ChartImages {

    static {
        Headless.ensure();
    }

    private ChartImages() {
    }

    /**
     * The chart as a report's figure: drawn when its data was there, otherwise only its sentence.
     * The file name is the chart's id with the format's extension.
     */
    public static Figure figure(RunChart chart, ReportOptions options) throws IOException {
        Optional<byte[]> image = chart.chart().isPresent() ? Optional.of(render(chart.chart().get(), options))
                : Optional.empty();
        return new Figure(chart.title(), chart.sentence(),
                ResultsLayout.chartFile(chart.id(), options.format().extension()), image, options.format().mimeType(),
                options.size().widthPixels(), options.size().heightPixels());
    }

    static byte[] render(JFreeChart chart, ReportOptions options) throws IOException {
        int w = options.size().widthPixels();
        int h = options.size().heightPixels();
        if (options.format() == ImageFormat.SVG) {
            SVGGraphics2D g2 = new SVGGraphics2D(w, h);
            g2.setDefsKeyPrefix("netlab");
            chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
            return g2.getSVGDocument().getBytes(StandardCharsets.UTF_8);
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g2.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
