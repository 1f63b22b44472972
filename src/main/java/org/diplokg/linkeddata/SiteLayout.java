package org.diplokg.linkeddata;

import org.diplokg.ontology.DK;

/**
 * Where DiploKG's IRIs live on the running server. Resources under the resource base
 * ({@code https://w3id.org/diplokg/id/actor/niger}) are served at {@code /id/actor/niger};
 * the ontology namespace ({@code https://w3id.org/diplokg/ontology}, {@code …#Claim},
 * {@code …/cameo/016}) at {@code /ontology}. The w3id.org redirect maps {@code /diplokg/} to the
 * server's root, so the two layouts line up.
 *
 * @param base the resource base IRI, ending in {@code /}
 */
public record SiteLayout(String base) {
    public static final String ID_PATH = "/id/";
    public static final String ONTOLOGY_PATH = "/ontology";

    public SiteLayout {
        if (!base.endsWith("/")) base = base + "/";
    }

    /**
     * The server path that serves an IRI (fragment dropped, as HTTP clients do), or
     * {@code null} when the IRI is not DiploKG's.
     */
    public String localPath(String iri) {
        String noFragment = iri.indexOf('#') >= 0 ? iri.substring(0, iri.indexOf('#')) : iri;
        if (noFragment.startsWith(base)) return ID_PATH + noFragment.substring(base.length());
        if (inOntology(iri)) return ONTOLOGY_PATH + noFragment.substring(DK.ONTOLOGY_IRI.length());
        return null;
    }

    /** Like {@link #localPath} but keeps the fragment, for links inside pages. */
    public String href(String iri) {
        String path = localPath(iri);
        if (path == null) return iri;
        int hash = iri.indexOf('#');
        return hash >= 0 ? path + iri.substring(hash) : path;
    }

    /** The IRI a path under {@code /id/} stands for; {@code rest} is the raw path after {@code /id/}. */
    public String iriOfIdPath(String rest) {
        return base + rest;
    }

    /** True for the ontology IRI and every IRI in its namespace. */
    public static boolean inOntology(String iri) {
        return iri.equals(DK.ONTOLOGY_IRI) || iri.startsWith(DK.ONTOLOGY_IRI + "#")
                || iri.startsWith(DK.ONTOLOGY_IRI + "/");
    }

    /**
     * The public root of the site: the base without its trailing {@code id/}
     * ({@code https://w3id.org/diplokg/}), or the base itself when it has no such segment.
     */
    public String publicRoot() {
        return base.endsWith(ID_PATH.substring(1)) ? base.substring(0, base.length() - 3) : base;
    }
}
