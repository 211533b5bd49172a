package dev.netlab.reports.chart;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pixel size of a chart image. The default, 1600×1000, stays legible when printed at half a
 * page.
 *
 * @param widthPixels  between 200 and 8000
 * @param heightPixels between 200 and 8000
 */
public record ChartSize(int widthPixels, int heightPixels) {

    /** 1600×1000. */
    public static final ChartSize DEFAULT = new ChartSize(1600, 1000);

    private static final Pattern FORM = Pattern.compile("(\\d{1,5})[xX×](\\d{1,5})");

    /** Checks both sides are between 200 and 8000 pixels. */
    public ChartSize {
        check("width", widthPixels);
        check("height", heightPixels);
    }

    /** Reads {@code WxH}, for example {@code 1600x1000}. */
    public static ChartSize parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a chart size: '" + text + "'; expected WIDTHxHEIGHT in pixels, for example 1600x1000");
        }
        return new ChartSize(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    private static void check(String what, int pixels) {
        if (pixels < 200 || pixels > 8000) {
            throw new IllegalArgumentException("chart " + what + " must be between 200 and 8000 pixels: " + pixels);
        }
    }

    @Override
    public String toString() {
        return widthPixels + "x" + heightPixels;
    }
}
