package org.diplokg.provenance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplokg.model.Relation;
import org.diplokg.ontology.DK;
import org.diplokg.ontology.Vocab;

/**
 * Reads a claim, its evidence, their sources and quotes from the union graph into records.
 * Nodes come from the graph itself, never from user input. The caller holds a read transaction.
 */
public final class ClaimReader {
    private final Graph g;
    private final ActorDirectory actors;

    public ClaimReader(DatasetGraph dsg, ActorDirectory actors) {
        this.g = dsg.getUnionGraph();
        this.actors = actors;
    }

    /** The claim with all its evidence, ordered by source publication date then IRI. */
    public ClaimRef read(Node claim) {
        Relation relation = relation(claim);
        List<String> topics = GraphValues.objects(g, claim, DK.topic).stream().map(GraphValues::localName).toList();
        List<EvidenceRef> evidence = new ArrayList<>();
        for (Node ev : GraphValues.objects(g, claim, Vocab.provWasDerivedFrom))
            evidence.add(evidence(ev));
        evidence.sort(Comparator.comparing((EvidenceRef e) -> e.source().published(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(EvidenceRef::iri));
        return new ClaimRef(claim.getURI(), relation == null ? null : relation.code(),
                GraphValues.string(g, claim, Vocab.rdfsLabel),
                actors.describe(GraphValues.object(g, claim, DK.actor)),
                actors.describe(GraphValues.object(g, claim, DK.target)),
                GraphValues.date(g, claim, DK.date), topics, evidence);
    }

    private Relation relation(Node claim) {
        for (Relation r : Relation.values())
            if (g.contains(claim, Vocab.rdfType, DK.claimClass(r))) return r;
        return null;
    }

    private EvidenceRef evidence(Node ev) {
        List<QuoteRef> quotes = new ArrayList<>();
        for (Node sel : GraphValues.objects(g, ev, Vocab.oaHasSelector))
            quotes.add(new QuoteRef(sel.getURI(), GraphValues.string(g, sel, Vocab.oaExact),
                    GraphValues.integer(g, sel, Vocab.oaStart), GraphValues.integer(g, sel, Vocab.oaEnd)));
        quotes.sort(Comparator.comparing(QuoteRef::start, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(QuoteRef::selector));
        return new EvidenceRef(ev.getURI(), source(GraphValues.object(g, ev, Vocab.dctSource)),
                GraphValues.localName(GraphValues.object(g, ev, DK.method)),
                GraphValues.decimal(g, ev, DK.confidence), quotes);
    }

    private SourceRef source(Node doc) {
        Objects.requireNonNull(doc, "evidence without dct:source");
        Node publisher = GraphValues.object(g, doc, Vocab.schemaPublisher);
        return new SourceRef(doc.getURI(), GraphValues.iri(g, doc, Vocab.schemaUrl),
                GraphValues.string(g, doc, Vocab.schemaIdentifier),
                publisher == null ? null : publisher.getURI(),
                publisher == null ? null : GraphValues.string(g, publisher, Vocab.schemaName),
                GraphValues.date(g, doc, Vocab.schemaDatePublished),
                GraphValues.string(g, doc, Vocab.schemaHeadline));
    }
}
