package org.diplokg.export;

import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The dump formats DiploKG writes and reads. The quad formats (N-Quads, TriG, JSON-LD) keep the
 * named graphs, one per source document; the triple formats (Turtle, N-Triples) hold the union.
 */
public enum DumpFormat {
    NQUADS("nquads", "nq", RDFFormat.NQUADS, true),
    TRIG("trig", "trig", RDFFormat.TRIG_BLOCKS, true),
    TURTLE("turtle", "ttl", RDFFormat.TURTLE_BLOCKS, false),
    NTRIPLES("ntriples", "nt", RDFFormat.NTRIPLES, false),
    JSONLD("jsonld", "jsonld", RDFFormat.JSONLD11, true);

    private final String code;
    private final String extension;
    private final RDFFormat format;
    private final boolean keepsGraphs;

    DumpFormat(String code, String extension, RDFFormat format, boolean keepsGraphs) {
        this.code = code;
        this.extension = extension;
        this.format = format;
        this.keepsGraphs = keepsGraphs;
    }

    /** The name used on the command line: {@code nquads}, {@code trig}, ... */
    public String code() { return code; }

    /** The file extension of the dump, without the dot. */
    public String extension() { return extension; }

    public RDFFormat rdfFormat() { return format; }

    public Lang lang() { return format.getLang(); }

    /** The media type, e.g. {@code application/n-quads}. */
    public String mediaType() { return lang().getHeaderString(); }

    /** True for the quad formats, which keep one named graph per source. */
    public boolean keepsGraphs() { return keepsGraphs; }

    /** Parses a code or an extension, case-insensitively; {@code null} when unknown. */
    public static DumpFormat fromCode(String text) {
        if (text == null) return null;
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (DumpFormat f : values())
            if (f.code.equals(t) || f.extension.equals(t)) return f;
        return null;
    }
}
