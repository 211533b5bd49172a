package dev.netlab.reports.text;

import java.util.Optional;

/**
 * One chart as a report shows it: its title, the sentence under it and, when it was drawn, the
 * image bytes. The text packages need no chart library: the caller renders and hands the bytes over.
 *
 * @param title        the chart's title
 * @param sentence     what the chart shows for this run, or why it is missing
 * @param fileName     the image file next to the report, for example {@code rtt-cdf.png}
 * @param image        the image bytes; empty when the chart was not drawn
 * @param mimeType     the image's MIME type, for the HTML data URI
 * @param widthPixels  the image's width
 * @param heightPixels the image's height
 */
public record Figure(String title, String sentence, String fileName, Optional<byte[]> image, String mimeType,
        int widthPixels, int heightPixels) {
}
