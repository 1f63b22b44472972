package org.diplokg.ontology;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplokg.model.Claim;
import org.diplokg.model.Relation;
import org.diplokg.model.SourceDocument;

/**
 * Mints the IRIs of DiploKG resources from their content, so that the same input always gives
 * the same IRIs: reloads, exports and links from other datasets stay valid.
 *
 * <p>Layout under the base (default {@value #DEFAULT_BASE}): {@code actor/{id}},
 * {@code claim/{relation}-{hash}}, {@code evidence/{hash}}, {@code source/{hash}},
 * {@code publisher/{slug}}, {@code graph/source/{hash}}, {@code graph/actors}.
 */
public final class IriMinter {
    public static final String DEFAULT_BASE = "https://w3id.org/diplokg/id/";

    private final String base;

    public IriMinter(String base) {
        if (base == null || base.isBlank())
            throw new IllegalArgumentException("base IRI is empty");
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static IriMinter withDefaultBase() {
        return new IriMinter(DEFAULT_BASE);
    }

    public String base() { return base; }

    public Node actor(String actorId) {
        return iri("actor/" + actorId);
    }

    public Node claim(Claim claim) {
        String key = String.join("|", claim.relation().code(), claim.actorId(), claim.targetId(),
                claim.date() == null ? "" : claim.date().toString());
        return iri("claim/" + claim.relation().code() + "-" + hash(key));
    }

    /**
     * The node of one ordered actor pair and relation, {@code actor/{actorId}#{relation}-{targetId}}:
     * every claim of the pair links to it, so a pair's claims are one index lookup away. A fragment
     * of the actor's IRI, so it dereferences to the actor's page, and a SPARQL query can compute it
     * from the bound actors whatever the base.
     */
    public Node dyad(Claim claim) {
        return iri("actor/" + claim.actorId() + "#" + claim.relation().code() + "-" + claim.targetId());
    }

    /** The same pair node, from the actors' IRIs (as a query finds them). */
    public static Node dyad(String actorIri, Relation relation, String targetIri) {
        return NodeFactory.createURI(actorIri + "#" + relation.code() + "-" + targetIri.substring(targetIri.lastIndexOf('/') + 1));
    }

    public Node evidence(Node claim, SourceDocument source) {
        return iri("evidence/" + hash(claim.getURI() + "|" + source.identityKey()));
    }

    /**
     * The Web Annotation selector of one quote of an evidence: a fragment of the evidence IRI,
     * named by the quote's offsets when known, else by the quote's hash.
     */
    public Node selector(Node evidence, String quote, Integer start) {
        String fragment = start != null ? "quote-" + start : "quote-" + hash(quote);
        return NodeFactory.createURI(evidence.getURI() + "#" + fragment);
    }

    public Node source(SourceDocument source) {
        return iri("source/" + hash(source.identityKey()));
    }

    /** The named graph that holds everything one source says. */
    public Node sourceGraph(SourceDocument source) {
        return iri("graph/source/" + hash(source.identityKey()));
    }

    public Node actorsGraph() {
        return iri("graph/actors");
    }

    public Node publisher(String name) {
        return iri("publisher/" + slug(name));
    }

    private Node iri(String path) {
        return NodeFactory.createURI(base + path);
    }

    /** First 16 hex digits of SHA-256: 64 bits, collision-free far beyond any realistic corpus. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Lower-case ASCII slug: diacritics folded, runs of other characters become one dash. */
    public static String slug(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String s = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? hash(text) : s;
    }
}
