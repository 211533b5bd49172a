package dev.netlab.reports.text;

import java.util.Base64;
import java.util.List;

/** HTML for the reports: escaping, the page's head, tables and figures. */
public final class Html {

    /** The page's inline style: readable on a phone, charts shrink to the screen. */
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:60rem;margin:0 auto;\
            padding:1rem;line-height:1.5;color:#222}
            h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem}
            table{border-collapse:collapse;width:100%;font-size:.95rem}
            .scroll{overflow-x:auto}
            th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}
            th{background:#f3f3f3}
            figure{margin:1.5rem 0}img{max-width:100%;height:auto;display:block;border:1px solid #ddd}
            figcaption{margin-top:.4rem}.note{background:#fff8e1;border-left:4px solid #E69F00;padding:.5rem .8rem}
            pre{background:#f6f6f6;padding:.6rem;overflow-x:auto}
            """;

    private Html() {
    }

    /** Text safe between tags and in attribute values. */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Everything from the doctype to the opening body tag, with the title and the inline style. */
    public static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n";
    }

    /** A table that scrolls sideways on a narrow screen. */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder("<div class=\"scroll\"><table>\n<thead><tr>");
        header.forEach(h -> b.append("<th>").append(escape(h)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            b.append("<tr>");
            row.forEach(cell -> b.append("<td>").append(escape(cell)).append("</td>"));
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n</table></div>\n").toString();
    }

    /** A drawn figure, its image embedded as a data URI so the page opens offline, its sentence under it. */
    public static String figure(Figure f, byte[] image) {
        return "<figure>\n<img src=\"data:" + f.mimeType() + ";base64," + Base64.getEncoder().encodeToString(image)
                + "\" alt=\"" + escape(f.title()) + "\" width=\"" + f.widthPixels() + "\" height=\""
                + f.heightPixels() + "\">\n<figcaption>" + escape(f.sentence()) + "</figcaption>\n</figure>\n";
    }
}
