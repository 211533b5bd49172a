package dev.netlab.reports;

/** Escaping for text placed in HTML. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
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

    /** The page's inline style: readable on a phone, charts shrink to the screen. */
    static final String STYLE = """
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
}
