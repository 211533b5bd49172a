package dev.netlab.reports.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class DatagramFateChartTest {

    private static final List<DatagramFateChart.Point> POINTS = List.of(
            new DatagramFateChart.Point(10, 1, "dropped: rule 1 drop"),
            new DatagramFateChart.Point(110, 2, "delivered"),
            new DatagramFateChart.Point(111, 3, "dropped: loss"),
            new DatagramFateChart.Point(211, 4, "delivered"),
            new DatagramFateChart.Point(212, 5, "corrupted"));

    private static final List<DatagramFateChart.Point> ACKS = List.of(
            new DatagramFateChart.Point(112, 1, "delivered"),
            new DatagramFateChart.Point(213, 2, "dropped: loss"));

    private static XYPlot sender(JFreeChart chart) {
        return (XYPlot) ((CombinedDomainXYPlot) chart.getPlot()).getSubplots().get(0);
    }

    @Test
    void eachFateIsOneSeriesAndEmptyFatesStayOutOfTheLegend() {
        XYDataset data = sender(DatagramFateChart.chart(POINTS, ACKS, "t", "c", ChartSize.DEFAULT)).getDataset();
        // delivered, duplicated, reordered, corrupted come first when present; drops after, in the order met
        assertEquals(List.of("delivered", "corrupted", "dropped: rule 1 drop", "dropped: loss"),
                java.util.stream.IntStream.range(0, data.getSeriesCount()).mapToObj(i -> data.getSeriesKey(i).toString())
                        .toList());
        assertEquals(2, data.getItemCount(0));
    }

    @Test
    void aRuleDropAndAModelDropAreToldApartByColour() {
        JFreeChart chart = DatagramFateChart.chart(POINTS, ACKS, "t", "c", ChartSize.DEFAULT);
        var renderer = sender(chart).getRenderer();
        assertNotEquals(renderer.getSeriesPaint(2), renderer.getSeriesPaint(3));
    }

    @Test
    void theAcksAreBelowOnTheSameTimeAxisWithoutRepeatingTheLegend() {
        JFreeChart chart = DatagramFateChart.chart(POINTS, ACKS, "t", "c", ChartSize.DEFAULT);
        List<?> panels = ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
        XYPlot acks = (XYPlot) panels.get(1);
        assertEquals(2, acks.getDataset().getSeriesCount());
        // "delivered" is already in the legend from the sender's panel; "dropped: loss" too.
        assertEquals(0, acks.getLegendItems().getItemCount());
    }

    @Test
    void thePngIsAPngAndTheSameEveryTime() throws IOException {
        byte[] a = DatagramFateChart.png(POINTS, ACKS, "t", "c", new ChartSize(400, 300));
        byte[] b = DatagramFateChart.png(POINTS, ACKS, "t", "c", new ChartSize(400, 300));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(a, 4));
        assertArrayEquals(a, b);
    }
}
