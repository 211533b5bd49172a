package dev.netlab.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChartSizeTest {

    @Test
    void readsWidthByHeightAndWritesItBackTheSame() {
        assertEquals(new ChartSize(800, 600), ChartSize.parse("800x600"));
        assertEquals("1600x1000", ChartSize.DEFAULT.toString());
    }

    @Test
    void rejectsASizeTooSmallToReadAndNamesTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChartSize.parse("100x600"));
        assertTrue(e.getMessage().contains("between 200 and 8000 pixels: 100"), e.getMessage());
    }
}
