package org.diplokg.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.diplokg.ingest.ActorTable;
import org.diplokg.model.Actor;
import org.diplokg.model.Attestation;
import org.diplokg.model.Claim;
import org.diplokg.model.Evidence;
import org.diplokg.model.EventRecord;
import org.diplokg.model.SourceDocument;
import org.diplokg.ontology.DK;
import org.diplokg.ontology.IriMinter;
import org.diplokg.ontology.Vocab;

/**
 * Turns actors, sources and attestations into quads on a {@link StreamRDF}. Everything a source
 * says goes into that source's named graph: the document's description, the evidence, the claim
 * and the direct triple between the actors. The union of the graphs is the knowledge graph.
 */
public final class ClaimRdfWriter {
    private final IriMinter iris;
    private final ActorTable actors;
    private final StreamRDF out;
    private final Set<String> sourcesWritten = new LinkedHashSet<>();

    public ClaimRdfWriter(IriMinter iris, ActorTable actors, StreamRDF out) {
        this.iris = iris;
        this.actors = actors;
        this.out = out;
    }

    /** Writes every actor of the table into the actors graph. */
    public void writeActors() {
        Node g = iris.actorsGraph();
        for (Actor actor : actors.all()) {
            Node a = iris.actor(actor.id());
            quad(g, a, Vocab.rdfType, DK.Actor);
            quad(g, a, Vocab.rdfType, "state".equals(actor.type()) ? DK.State : DK.Territory);
            quad(g, a, Vocab.rdfsLabel, NodeFactory.createLiteralLang(actor.label(), "en"));
            for (String alias : actor.aliases())
                quad(g, a, Vocab.skosAltLabel, NodeFactory.createLiteralLang(alias, "en"));
            if (!actor.wikidata().isEmpty())
                quad(g, a, Vocab.owlSameAs, Vocab.wikidataEntity(actor.wikidata()));
            if (!actor.iso3().isEmpty())
                quad(g, a, DK.iso3, NodeFactory.createLiteralString(actor.iso3()));
        }
    }

    /**
     * Writes the attestations, one evidence per (claim, source) holding every quote of the group.
     *
     * @param answered the accusations each denial answers
     */
    public void writeAttestations(List<Attestation> attestations, Function<Claim, Collection<Node>> answered) {
        Map<List<Object>, List<Attestation>> groups = new LinkedHashMap<>();
        for (Attestation a : attestations)
            groups.computeIfAbsent(List.of(a.claim(), a.evidence().source().identityKey()), k -> new ArrayList<>()).add(a);
        for (List<Attestation> group : groups.values())
            writeGroup(group, answered);
    }

    private void writeGroup(List<Attestation> group, Function<Claim, Collection<Node>> answered) {
        Attestation first = group.get(0);
        Claim claim = first.claim();
        SourceDocument source = first.evidence().source();
        Node g = iris.sourceGraph(source);
        writeSource(source);

        Node c = iris.claim(claim);
        Node actor = iris.actor(claim.actorId());
        Node target = iris.actor(claim.targetId());
        quad(g, actor, DK.directProperty(claim.relation()), target);
        // Typed with dk:Claim too: the store does no RDFS inference, and "?c a dk:Claim" should work.
        quad(g, c, Vocab.rdfType, DK.Claim);
        quad(g, c, Vocab.rdfType, DK.claimClass(claim.relation()));
        quad(g, c, DK.actor, actor);
        quad(g, c, DK.target, target);
        // A direct link from the (actor, relation, target) pair: provenance lookups start here
        // instead of scanning every claim of a busy actor (see BENCHMARKS.md).
        quad(g, c, DK.dyad, iris.dyad(claim));
        if (claim.date() != null)
            quad(g, c, DK.date, NodeFactory.createLiteralDT(claim.date().toString(), XSDDatatype.XSDdate));
        quad(g, c, Vocab.rdfsLabel, NodeFactory.createLiteralLang(label(claim), "en"));
        for (Attestation a : group)
            if (a.topic() != null) quad(g, c, DK.topic, DK.topic(a.topic()));
        for (Node accusation : answered.apply(claim))
            quad(g, c, DK.answers, accusation);

        Node ev = iris.evidence(c, source);
        quad(g, c, Vocab.provWasDerivedFrom, ev);
        quad(g, ev, Vocab.rdfType, DK.Evidence);
        quad(g, ev, Vocab.dctSource, iris.source(source));
        quad(g, ev, DK.method, DK.method(first.evidence().method()));
        double confidence = group.stream().mapToDouble(a -> a.evidence().confidence()).max().orElse(0);
        quad(g, ev, DK.confidence, NodeFactory.createLiteralDT(
                BigDecimal.valueOf(confidence).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal));
        Set<EventRecord> events = new LinkedHashSet<>();
        for (Attestation a : group) {
            EventRecord e = a.evidence().event();
            if (e == null || !events.add(e)) continue;
            // Several dataset events may cite one article for one claim: the evidence keeps each.
            quad(g, ev, DK.gdeltEventId, integer(e.eventId()));
            quad(g, ev, DK.numSources, integer(e.numSources()));
            quad(g, ev, DK.numArticles, integer(e.numArticles()));
        }
        Set<String> quotes = new LinkedHashSet<>();
        for (Attestation a : group) {
            Evidence e = a.evidence();
            if (e.quote() == null || !quotes.add(e.quote() + "|" + e.start())) continue;
            Node sel = iris.selector(ev, e.quote(), e.start());
            quad(g, ev, Vocab.oaHasSelector, sel);
            quad(g, sel, Vocab.rdfType, Vocab.oaTextQuoteSelector);
            quad(g, sel, Vocab.oaExact, NodeFactory.createLiteralString(e.quote()));
            if (e.start() != null) {
                quad(g, sel, Vocab.rdfType, Vocab.oaTextPositionSelector);
                quad(g, sel, Vocab.oaStart, integer(e.start()));
                quad(g, sel, Vocab.oaEnd, integer(e.end()));
            }
        }
    }

    /** Describes a source document in its own graph, once per writer. */
    public void writeSource(SourceDocument source) {
        if (!sourcesWritten.add(source.identityKey())) return;
        Node g = iris.sourceGraph(source);
        Node d = iris.source(source);
        quad(g, d, Vocab.rdfType, Vocab.schemaNewsArticle);
        if (source.url() != null)
            quad(g, d, Vocab.schemaUrl, NodeFactory.createURI(source.url()));
        if (source.file() != null)
            quad(g, d, Vocab.schemaIdentifier, NodeFactory.createLiteralString(source.file()));
        if (source.publisher() != null) {
            Node p = iris.publisher(source.publisher());
            quad(g, d, Vocab.schemaPublisher, p);
            quad(g, p, Vocab.rdfType, Vocab.schemaOrganization);
            quad(g, p, Vocab.schemaName, NodeFactory.createLiteralString(source.publisher()));
        }
        if (source.published() != null)
            quad(g, d, Vocab.schemaDatePublished, NodeFactory.createLiteralDT(source.published().toString(), XSDDatatype.XSDdate));
        if (source.title() != null)
            quad(g, d, Vocab.schemaHeadline, NodeFactory.createLiteralString(source.title()));
        if (source.language() != null)
            quad(g, d, Vocab.schemaInLanguage, NodeFactory.createLiteralString(source.language()));
    }

    private String label(Claim claim) {
        String actor = actors.resolve(claim.actorId()).map(Actor::label).orElse(claim.actorId());
        String target = actors.resolve(claim.targetId()).map(Actor::label).orElse(claim.targetId());
        String verb = switch (claim.relation()) {
            case SEVERS -> " severs relations with ";
            case ACCUSES -> " accuses ";
            case DENIES -> " denies an accusation by ";
        };
        return actor + verb + target + (claim.date() == null ? "" : " (" + claim.date() + ")");
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    private void quad(Node g, Node s, Node p, Node o) {
        out.quad(Quad.create(g, s, p, o));
    }

}
