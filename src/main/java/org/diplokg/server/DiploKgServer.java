package org.diplokg.server;

import java.net.URL;
import java.time.Duration;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.query.ARQ;
import org.diplokg.linkeddata.DumpServlet;
import org.diplokg.linkeddata.LinkedDataServlet;
import org.diplokg.linkeddata.SiteLayout;
import org.diplokg.linkeddata.VoidServlet;
import org.diplokg.ontology.IriMinter;
import org.diplokg.provenance.AsOfService;
import org.diplokg.provenance.ProvenanceService;
import org.diplokg.store.KgStore;

/**
 * The DiploKG SPARQL server: embedded Fuseki serving one store, read-only, as dataset
 * {@code /kg} with {@code /kg/sparql}, {@code /kg/query} and {@code /kg/get}, and the Fuseki UI
 * at {@code /}; linked data: resources at {@code /id/…}, the ontology at {@code /ontology}, the
 * VoID description at {@code /void}, dumps at {@code /dumps/…}; JSON at {@code /api/provenance}
 * and {@code /api/relations}. Built like Fuseki itself:
 * {@code DiploKgServer.create().store(store).port(3030).build().start()}.
 */
public final class DiploKgServer {
    /** The dataset's path on the server. */
    public static final String DATASET = "/kg";

    private final FusekiServer fuseki;

    private DiploKgServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static Builder create() {
        return new Builder();
    }

    public DiploKgServer start() {
        fuseki.start();
        return this;
    }

    public void stop() {
        fuseki.stop();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** The port in use: the real one when the server was asked for port 0. */
    public int port() {
        return fuseki.getPort();
    }

    /** {@code http://127.0.0.1:PORT} */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The SPARQL query endpoint, {@code http://127.0.0.1:PORT/kg/sparql}. */
    public String sparqlEndpoint() {
        return baseUrl() + DATASET + "/sparql";
    }

    /** Configures a {@link DiploKgServer}. */
    public static final class Builder {
        private KgStore store;
        private int port = 3030;
        private Duration firstResultTimeout = Duration.ofSeconds(10);
        private Duration overallTimeout = Duration.ofSeconds(30);
        private String base = IriMinter.DEFAULT_BASE;

        private Builder() {}

        public Builder store(KgStore store) {
            this.store = store;
            return this;
        }

        /** The port on 127.0.0.1; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The resource base IRI the store was built with; its resources are served at {@code /id/…}. */
        public Builder base(String base) {
            this.base = base;
            return this;
        }

        /** Query timeouts: until the first result, and overall. */
        public Builder queryTimeout(Duration firstResult, Duration overall) {
            this.firstResultTimeout = firstResult;
            this.overallTimeout = overall;
            return this;
        }

        public DiploKgServer build() {
            Objects.requireNonNull(store, "store");
            // Fuseki reads the timeout from the dataset's context: "first-result,overall" in ms.
            store.datasetGraph().getContext().set(ARQ.queryTimeout,
                    firstResultTimeout.toMillis() + "," + overallTimeout.toMillis());
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .loopback(true)
                    .add(DATASET, store.datasetGraph(), false)
                    .enablePing(true)
                    .enableStats(true)
                    // The UI lists datasets through /$/server, which only describes the server.
                    .addServlet("/$/server", new ActionServerStatus());
            addLinkedData(fuseki);
            URL ui = DiploKgServer.class.getClassLoader().getResource("webapp");
            if (ui != null) fuseki.staticFileBase(ui.toExternalForm());
            return new DiploKgServer(fuseki.build());
        }

        private void addLinkedData(FusekiServer.Builder fuseki) {
            SiteLayout site = new SiteLayout(base);
            IriMinter iris = new IriMinter(base);
            LinkedDataServlet resources = new LinkedDataServlet(store, site);
            VoidServlet voidDescription = new VoidServlet(store, site);
            fuseki.addServlet("/id/*", resources)
                    .addServlet("/ontology", resources)
                    .addServlet("/ontology/*", resources)
                    .addServlet("/void", voidDescription)
                    .addServlet("/.well-known/void", voidDescription)
                    .addServlet(DumpServlet.PATH + "/*", new DumpServlet(store, site))
                    .addServlet("/api/provenance", new ProvenanceServlet(new ProvenanceService(store, iris)))
                    .addServlet("/api/relations", new RelationsServlet(new AsOfService(store, iris)));
        }
    }
}
