package org.diplokg.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplokg.model.Relation;
import org.diplokg.ontology.DK;
import org.diplokg.ontology.IriMinter;
import org.diplokg.ontology.Vocab;
import org.diplokg.provenance.ActorDirectory;
import org.diplokg.provenance.ActorRef;
import org.diplokg.provenance.ClaimReader;
import org.diplokg.provenance.ClaimRef;
import org.diplokg.provenance.EvidenceRef;
import org.diplokg.provenance.QuoteRef;

/**
 * Server-side HTML for browsers: an actor's page lists its claims in both directions with dates,
 * sources and quotes; a claim's page shows all its evidence; every page ends with the
 * statements of the resource's description, so nothing in the data is hidden from a reader.
 * The caller holds a read transaction.
 */
final class ResourcePages {
    private final DatasetGraph dsg;
    private final SiteLayout site;
    private final Namespaces ns;
    private final ActorDirectory actors;
    private final ClaimReader claims;

    ResourcePages(DatasetGraph dsg, SiteLayout site) {
        this.dsg = dsg;
        this.site = site;
        this.ns = new Namespaces(site.base());
        this.actors = new ActorDirectory(dsg, new IriMinter(site.base()));
        this.claims = new ClaimReader(dsg, actors);
    }

    String render(String iri, Graph description) {
        Node s = NodeFactory.createURI(iri);
        Graph union = dsg.getUnionGraph();
        if (union.contains(s, Vocab.rdfType, DK.Actor)) return actorPage(s, description);
        for (Relation r : Relation.values())
            if (union.contains(s, Vocab.rdfType, DK.claimClass(r))) return claimPage(s, description);
        Node label = first(union, s, Vocab.rdfsLabel, Vocab.schemaHeadline, Vocab.schemaName);
        String title = label != null ? label.getLiteralLexicalForm() : ns.shortForm(iri);
        Html h = new Html(title).element("h1", title).raw("<p class=\"iri\">").text(iri).raw("</p>");
        statements(h, description, iri);
        return h.finish();
    }

    private String actorPage(Node s, Graph description) {
        ActorRef a = actors.describe(s);
        Html h = new Html(a.label()).element("h1", a.label()).raw("<p class=\"iri\">").text(a.iri()).raw("</p>");
        if (a.wikidata() != null)
            h.raw("<p>Wikidata: ").raw(Html.link(a.wikidata(), a.qid())).raw("</p>");
        Graph union = dsg.getUnionGraph();
        Set<Node> found = new LinkedHashSet<>();
        union.find(Node.ANY, DK.actor, s).forEachRemaining(t -> found.add(t.getSubject()));
        union.find(Node.ANY, DK.target, s).forEachRemaining(t -> found.add(t.getSubject()));
        List<ClaimRef> list = new ArrayList<>();
        for (Node c : found) list.add(claims.read(c));
        list.sort(Comparator.comparing(ClaimRef::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ClaimRef::iri));
        h.element("h2", "Claims (" + list.size() + ")");
        if (list.isEmpty()) h.element("p", "No claim involves " + a.label() + " yet.");
        else {
            h.raw("<table><thead><tr><th>Claim</th><th>Date</th><th>Actor</th><th>Target</th><th>Sources and quotes</th></tr></thead><tbody>");
            for (ClaimRef c : list) {
                h.raw("<tr><td>").raw(Html.link(site.href(c.iri()), c.label() == null ? c.iri() : c.label()))
                        .raw("</td><td>").text(c.date() == null ? "undated" : c.date().toString())
                        .raw("</td><td>").raw(actorLink(c.actor()))
                        .raw("</td><td>").raw(actorLink(c.target()))
                        .raw("</td><td>");
                evidenceList(h, c.evidence(), false);
                h.raw("</td></tr>");
            }
            h.raw("</tbody></table>");
        }
        statements(h, description, a.iri());
        return h.finish();
    }

    private String claimPage(Node s, Graph description) {
        ClaimRef c = claims.read(s);
        String title = c.label() == null ? c.iri() : c.label();
        Html h = new Html(title).element("h1", title).raw("<p class=\"iri\">").text(c.iri()).raw("</p>");
        h.raw("<dl><dt>Relation</dt><dd>").text(c.relation())
                .raw("</dd><dt>Actor</dt><dd>").raw(actorLink(c.actor()))
                .raw("</dd><dt>Target</dt><dd>").raw(actorLink(c.target()))
                .raw("</dd><dt>Date</dt><dd>").text(c.date() == null ? "undated: no source gives a day" : c.date().toString())
                .raw("</dd>");
        if (!c.topics().isEmpty()) h.raw("<dt>Topics</dt><dd>").text(String.join(", ", c.topics())).raw("</dd>");
        h.raw("<dt>Corroboration</dt><dd>").text(c.corroboration() + " distinct publisher(s)").raw("</dd></dl>");
        Graph union = dsg.getUnionGraph();
        List<String> links = new ArrayList<>();
        union.find(s, DK.answers, Node.ANY).forEachRemaining(t ->
                links.add("answers " + Html.link(site.href(t.getObject().getURI()), label(union, t.getObject()))));
        union.find(Node.ANY, DK.answers, s).forEachRemaining(t ->
                links.add("denied by " + Html.link(site.href(t.getSubject().getURI()), label(union, t.getSubject()))));
        if (!links.isEmpty()) h.element("h2", "Related claims").raw("<ul><li>")
                .raw(String.join("</li><li>", links.stream().sorted().toList())).raw("</li></ul>");
        h.element("h2", "Evidence (" + c.evidence().size() + ")");
        evidenceList(h, c.evidence(), true);
        statements(h, description, c.iri());
        return h.finish();
    }

    private void evidenceList(Html h, List<EvidenceRef> evidence, boolean details) {
        h.raw("<ul>");
        for (EvidenceRef e : evidence) {
            var src = e.source();
            String name = src.title() != null ? src.title() : src.identifier() != null ? src.identifier() : src.iri();
            h.raw("<li>").raw(Html.link(site.href(src.iri()), name));
            if (src.publisher() != null)
                h.text(" — ").raw(src.publisherIri() == null ? Html.esc(src.publisher()) : Html.link(site.href(src.publisherIri()), src.publisher()));
            if (src.published() != null) h.text(", " + src.published());
            if (src.url() != null) h.text(" ").raw(Html.link(src.url(), "[original]"));
            if (details)
                h.raw("<br /><span class=\"meta\">").raw(Html.link(site.href(e.iri()), "evidence"))
                        .text(" · method " + e.method() + " · confidence " + e.confidence()).raw("</span>");
            for (QuoteRef q : e.quotes()) {
                h.raw("<blockquote>“").text(q.exact()).raw("”");
                if (details && q.start() != null) h.raw(" <span class=\"meta\">").text("[" + q.start() + "–" + q.end() + "]").raw("</span>");
                h.raw("</blockquote>");
            }
            h.raw("</li>");
        }
        h.raw("</ul>");
    }

    private String actorLink(ActorRef a) {
        return Html.link(site.href(a.iri()), a.label());
    }

    private void statements(Html h, Graph description, String iri) {
        List<Triple> triples = description.find().toList().stream()
                .sorted(Comparator.comparing((Triple t) -> !t.getSubject().getURI().equals(iri))
                        .thenComparing(t -> t.getSubject().toString())
                        .thenComparing(t -> t.getPredicate().toString())
                        .thenComparing(t -> t.getObject().toString())).toList();
        h.element("h2", "Statements (" + triples.size() + ")").raw("<p class=\"meta\">Also as ")
                .raw(formatLinks()).raw(" by content negotiation.</p>");
        h.raw("<table><thead><tr><th>Subject</th><th>Property</th><th>Value</th></tr></thead><tbody>");
        for (Triple t : triples)
            h.raw("<tr><td>").raw(node(t.getSubject())).raw("</td><td>").raw(node(t.getPredicate()))
                    .raw("</td><td>").raw(node(t.getObject())).raw("</td></tr>");
        h.raw("</tbody></table>");
    }

    private static String formatLinks() {
        return "Turtle, JSON-LD, N-Triples and RDF/XML";
    }

    private String node(Node n) {
        if (n.isURI()) return Html.link(site.href(n.getURI()), ns.shortForm(n.getURI()));
        if (n.isLiteral()) {
            String extra = !n.getLiteralLanguage().isEmpty() ? "@" + n.getLiteralLanguage()
                    : n.getLiteralDatatypeURI().equals(Vocab.XSD + "string") ? "" : " (" + ns.shortForm(n.getLiteralDatatypeURI()) + ")";
            return Html.esc(n.getLiteralLexicalForm()) + "<span class=\"meta\">" + Html.esc(extra) + "</span>";
        }
        return Html.esc(n.toString());
    }

    private static String label(Graph g, Node n) {
        Node l = first(g, n, Vocab.rdfsLabel);
        return l != null ? l.getLiteralLexicalForm() : n.getURI();
    }

    private static Node first(Graph g, Node s, Node... properties) {
        for (Node p : properties) {
            var it = g.find(s, p, Node.ANY);
            if (it.hasNext()) return it.next().getObject();
        }
        return null;
    }
}
