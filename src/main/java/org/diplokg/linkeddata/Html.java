package org.diplokg.linkeddata;

/**
 * A small HTML writer. Every text and attribute value goes through {@link #esc}, and the markup
 * is XML-well-formed (void elements closed with {@code />}) so tests can parse pages as XML.
 */
final class Html {
    private final StringBuilder sb = new StringBuilder();

    Html(String title) {
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\" />")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />")
          .append("<title>").append(esc(title)).append(" — DiploKG</title>")
          .append("<style>body{font-family:sans-serif;max-width:70em;margin:1em auto;padding:0 1em;line-height:1.4}")
          .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3em;vertical-align:top;text-align:left}")
          .append("blockquote{margin:.3em 0;padding-left:.6em;border-left:3px solid #999;color:#333}")
          .append(".iri{font-family:monospace;font-size:90%;word-break:break-all}.meta{color:#555}</style>")
          .append("</head><body><p class=\"meta\"><a href=\"/\">DiploKG</a> · <a href=\"/ontology\">ontology</a> · ")
          .append("<a href=\"/void\">dataset description</a></p>");
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Appends markup that the caller has built from escaped parts. */
    Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    Html text(String text) {
        sb.append(esc(text));
        return this;
    }

    Html element(String tag, String text) {
        sb.append('<').append(tag).append('>').append(esc(text)).append("</").append(tag).append('>');
        return this;
    }

    static String link(String href, String text) {
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    String finish() {
        return sb.append("</body></html>\n").toString();
    }
}
