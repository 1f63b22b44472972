package org.diplokg.linkeddata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplokg.ontology.DK;
import org.diplokg.store.KgStore;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Dereferences DiploKG IRIs: {@code /id/…} serves the resource with that IRI under the base, and
 * {@code /ontology} (with any {@code /…} below it) serves the ontology. The representation is
 * negotiated from {@code Accept} (Turtle, JSON-LD 1.1, N-Triples, RDF/XML, HTML) and the data is
 * served at the IRI's own path, no redirect; {@code Vary: Accept} tells caches so. Unknown IRIs
 * get 404; an {@code Accept} none of the five satisfies gets 406.
 */
public final class LinkedDataServlet extends HttpServlet {
    private final transient KgStore store;
    private final SiteLayout site;
    private final Namespaces ns;

    public LinkedDataServlet(KgStore store, SiteLayout site) {
        this.store = store;
        this.site = site;
        this.ns = new Namespaces(site.base());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        String iri = iriOf(req.getRequestURI());
        if (iri == null) {
            notFound(resp, req.getRequestURI());
            return;
        }
        var chosen = Representation.negotiate(req.getHeader("Accept"));
        if (chosen.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "Acceptable: text/turtle, application/ld+json, application/n-triples, application/rdf+xml, text/html");
            return;
        }
        Representation rep = chosen.get();
        DatasetGraph dsg = store.datasetGraph();
        // Render inside the read transaction, write after it: a slow client never holds it open.
        byte[] body = Txn.calculateRead(dsg, () -> {
            Graph description = new ResourceDescriber(dsg).describe(iri);
            if (description.isEmpty()) return null;
            if (rep == Representation.HTML)
                return new ResourcePages(dsg, site).render(iri, description).getBytes(StandardCharsets.UTF_8);
            description.getPrefixMapping().setNsPrefixes(ns.prefixMapping());
            var bytes = new java.io.ByteArrayOutputStream();
            RDFWriter.create().format(rep.rdfFormat()).source(description).output(bytes);
            return bytes.toByteArray();
        });
        if (body == null) {
            notFound(resp, iri);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(rep.mediaType() + "; charset=utf-8");
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }

    /** The IRI a request path stands for, or {@code null} when the path is not a resource path. */
    private String iriOf(String requestUri) {
        if (requestUri.startsWith(SiteLayout.ID_PATH) && requestUri.length() > SiteLayout.ID_PATH.length())
            return site.iriOfIdPath(requestUri.substring(SiteLayout.ID_PATH.length()));
        if (requestUri.equals(SiteLayout.ONTOLOGY_PATH) || requestUri.startsWith(SiteLayout.ONTOLOGY_PATH + "/"))
            return DK.ONTOLOGY_IRI + requestUri.substring(SiteLayout.ONTOLOGY_PATH.length());
        return null;
    }

    private static void notFound(HttpServletResponse resp, String what) throws IOException {
        byte[] body = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\" /><title>Not found</title></head><body>"
                + "<h1>Not found</h1><p>DiploKG knows nothing about " + Html.esc(what) + ".</p></body></html>\n")
                .getBytes(StandardCharsets.UTF_8);
        resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
