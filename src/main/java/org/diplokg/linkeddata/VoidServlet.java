package org.diplokg.linkeddata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.system.Txn;
import org.diplokg.store.KgStore;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the VoID + DCAT description at {@code /void} and {@code /.well-known/void}, in the same
 * five representations as resources (Turtle when the client does not say).
 */
public final class VoidServlet extends HttpServlet {
    private final transient KgStore store;
    private final SiteLayout site;

    public VoidServlet(KgStore store, SiteLayout site) {
        this.store = store;
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        var chosen = Representation.negotiate(req.getHeader("Accept"));
        if (chosen.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE);
            return;
        }
        Representation rep = chosen.get();
        String serverRoot = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
        VoidDescription description = new VoidDescription(store, site);
        byte[] body = Txn.calculateRead(store.datasetGraph(), () -> {
            Graph g = description.describe(serverRoot);
            if (rep == Representation.HTML)
                return new ResourcePages(store.datasetGraph(), site).render(description.datasetIri(), g)
                        .getBytes(StandardCharsets.UTF_8);
            g.getPrefixMapping().setNsPrefixes(new Namespaces(site.base()).prefixMapping());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFWriter.create().format(rep.rdfFormat()).source(g).output(out);
            return out.toByteArray();
        });
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(rep.mediaType() + "; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
