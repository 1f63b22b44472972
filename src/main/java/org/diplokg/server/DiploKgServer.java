package org.diplokg.server;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.JettyLib;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.diplokg.linkeddata.DumpServlet;
import org.diplokg.linkeddata.LinkedDataServlet;
import org.diplokg.linkeddata.SiteLayout;
import org.diplokg.linkeddata.VoidServlet;
import org.diplokg.ontology.IriMinter;
import org.diplokg.provenance.AsOfService;
import org.diplokg.provenance.ProvenanceService;
import org.diplokg.store.KgStore;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The DiploKG SPARQL server: embedded Fuseki serving one store, read-only, as dataset
 * {@code /kg} with {@code /kg/sparql}, {@code /kg/query} and {@code /kg/get}, and the Fuseki UI
 * at {@code /}; linked data: resources at {@code /id/…}, the ontology at {@code /ontology}, the
 * VoID description at {@code /void}, dumps at {@code /dumps/…}; JSON at {@code /api/provenance}
 * and {@code /api/relations}. Built like Fuseki itself:
 * {@code DiploKgServer.create().store(store).port(3030).build().start()}.
 *
 * <p>Access rules: the server binds 127.0.0.1 unless {@link Builder#host} says otherwise. Write
 * endpoints ({@code /kg/update} for SPARQL Update, {@code /kg/data} for the read-write graph store
 * protocol) exist only when a password file is given, and only answer requests with HTTP basic
 * authentication of a user in that file. The only {@code /$/} endpoints are {@code /$/ping},
 * {@code /$/server} and {@code /$/stats}, which describe the server and change nothing; Fuseki's
 * admin module (dataset management, backup, compaction, tasks) is not installed.
 */
public final class DiploKgServer {
    /** The dataset's path on the server. */
    public static final String DATASET = "/kg";
    /** The default interface: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The authenticated SPARQL Update endpoint, present only with a password file. */
    public static final String UPDATE_ENDPOINT = "update";
    /** The authenticated read-write graph store endpoint, present only with a password file. */
    public static final String DATA_ENDPOINT = "data";

    private final FusekiServer fuseki;
    private final String host;
    private final PropertyUserStore users; // null without a password file

    private DiploKgServer(FusekiServer fuseki, String host, PropertyUserStore users) {
        this.fuseki = fuseki;
        this.host = host;
        this.users = users;
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
        if (users != null) {
            try {
                users.stop();
            } catch (Exception e) {
                throw new IllegalStateException("cannot stop the user store", e);
            }
        }
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** The port in use: the real one when the server was asked for port 0. */
    public int port() {
        return fuseki.getPort();
    }

    /** The interface the HTTP connector is bound to, as configured. */
    public String host() {
        for (Connector c : fuseki.getJettyServer().getConnectors())
            if (c instanceof ServerConnector sc) return sc.getHost();
        return host;
    }

    /** {@code http://HOST:PORT}, with 127.0.0.1 when bound to all interfaces. */
    public String baseUrl() {
        String h = host.equals("0.0.0.0") || host.equals("::") ? DEFAULT_HOST : host;
        if (h.contains(":")) h = "[" + h + "]";
        return "http://" + h + ":" + port();
    }

    /** The SPARQL query endpoint, {@code http://127.0.0.1:PORT/kg/sparql}. */
    public String sparqlEndpoint() {
        return baseUrl() + DATASET + "/sparql";
    }

    /** Configures a {@link DiploKgServer}. */
    public static final class Builder {
        private KgStore store;
        private int port = 3030;
        private String host = DEFAULT_HOST;
        private Path passwordFile;
        private Duration firstResultTimeout = Duration.ofSeconds(10);
        private Duration overallTimeout = Duration.ofSeconds(30);
        private String base = IriMinter.DEFAULT_BASE;

        private Builder() {}

        public Builder store(KgStore store) {
            this.store = store;
            return this;
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The interface to bind (default 127.0.0.1); {@code 0.0.0.0} for all. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /**
         * A Jetty realm file ({@code user: password} per line) whose users may write through
         * {@code /kg/update} and {@code /kg/data}; {@code null} (the default) means no write
         * endpoint at all.
         */
        public Builder passwordFile(Path passwordFile) {
            this.passwordFile = passwordFile;
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
                    // Read-only registration: query and GSP-read endpoints only, whatever else is configured.
                    .add(DATASET, store.datasetGraph(), false)
                    .enablePing(true)
                    .enableStats(true)
                    // The UI lists datasets through /$/server, which only describes the server.
                    .addServlet("/$/server", new ActionServerStatus());
            PropertyUserStore users = null;
            if (passwordFile != null) {
                if (!Files.isReadable(passwordFile))
                    throw new IllegalArgumentException("password file not readable: " + passwordFile);
                // Our own user store rather than Fuseki's passwordFile(...): Fuseki's rescans the file
                // every 5 s from a thread nothing stops, one per server. Ours reads it once, at
                // start (a changed file needs a restart), and stops with the server.
                users = new PropertyUserStore();
                users.setConfig(JettyLib.newResource(passwordFile.toAbsolutePath().toString()));
                try {
                    users.start();
                } catch (Exception e) {
                    throw new IllegalArgumentException("cannot read password file " + passwordFile + ": " + e.getMessage(), e);
                }
                // Named endpoints with a per-endpoint policy: Fuseki puts a Jetty path constraint on
                // exactly /kg/update and /kg/data(/*), so everything else stays public and read-only.
                fuseki.securityHandler(JettySecurityLib.makeSecurityHandler("DiploKG", users, AuthScheme.BASIC))
                        .auth(AuthScheme.BASIC)
                        .addEndpoint(DATASET, UPDATE_ENDPOINT, Operation.Update, Auth.ANY_USER)
                        .addEndpoint(DATASET, DATA_ENDPOINT, Operation.GSP_RW, Auth.ANY_USER);
            }
            addLinkedData(fuseki);
            URL ui = DiploKgServer.class.getClassLoader().getResource("webapp");
            if (ui != null) fuseki.staticFileBase(ui.toExternalForm());
            FusekiServer server = fuseki.build();
            // Bind the one interface asked for (Fuseki's own loopback option means "localhost",
            // which may resolve to ::1 only); set before start, so nothing listens anywhere else.
            for (Connector c : server.getJettyServer().getConnectors())
                if (c instanceof ServerConnector sc) sc.setHost(host);
            return new DiploKgServer(server, host, users);
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
