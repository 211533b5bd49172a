package dev.netlab.reports.chart;

import dev.netlab.reports.results.PhaseSpan;
import dev.netlab.reports.results.RunResults;
import dev.netlab.reports.text.Numbers;
import java.awt.Color;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/** The scenario's phases shaded behind a time axis, and the deadline as a line. */
final class Markers {

    private Markers() {
    }

    /** Shades each phase on the domain (time) axis and writes its name at the top. */
    static void phases(XYPlot plot, RunResults r, ChartStyle style) {
        for (PhaseSpan p : r.scenario().phases()) {
            IntervalMarker m = new IntervalMarker(p.fromMs(), p.toMs(), ChartStyle.PHASE);
            m.setLabel(p.name());
            m.setLabelFont(style.annotationFont());
            m.setLabelPaint(Color.BLACK);
            m.setLabelAnchor(RectangleAnchor.TOP);
            m.setLabelTextAnchor(TextAnchor.TOP_CENTER);
            m.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(style.px(8), 0, 0, 0));
            plot.addDomainMarker(m, Layer.BACKGROUND);
        }
    }

    /** The deadline, if the profile has one, on the range axis (horizontal) or domain axis (vertical). */
    static void deadline(XYPlot plot, RunResults r, ChartStyle style, boolean onRangeAxis) {
        if (!r.scenario().hasDeadline()) {
            return;
        }
        ValueMarker m = new ValueMarker(r.scenario().deadlineMs(), Color.BLACK, style.dashed(2));
        m.setLabel(r.scenario().deadlineOwner() + "deadline " + Numbers.ms(r.scenario().deadlineMs()));
        m.setLabelFont(style.tickFont());
        m.setLabelPaint(Color.BLACK);
        if (onRangeAxis) {
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(m, Layer.FOREGROUND);
        } else {
            m.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addDomainMarker(m, Layer.FOREGROUND);
        }
    }
}
