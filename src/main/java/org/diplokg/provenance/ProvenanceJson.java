package org.diplokg.provenance;

import java.util.Collection;
import java.util.function.Function;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The JSON shapes of provenance and as-of answers (documented in {@code docs/linked-data.md}),
 * built with Jena's JSON support. Unknown values are {@code null}, never left out, so clients
 * see every field.
 */
public final class ProvenanceJson {
    private ProvenanceJson() {}

    public static JsonObject report(ProvenanceReport r) {
        JsonObject o = new JsonObject();
        o.put("actor", actor(r.actor()));
        o.put("relation", r.relation().code());
        o.put("target", actor(r.target()));
        o.put("sources", r.sources());
        o.put("corroboration", r.corroboration());
        o.put("datesDisagree", r.datesDisagree());
        o.put("datesSummary", r.datesSummary());
        o.put("dates", array(r.dates(), d -> {
            JsonObject x = new JsonObject();
            put(x, "date", d.date());
            x.put("sources", d.sources());
            return x;
        }));
        o.put("claims", array(r.claims(), cp -> {
            JsonObject x = claim(cp.claim());
            x.put("denials", array(cp.denials(), ProvenanceJson::claim));
            return x;
        }));
        return o;
    }

    public static JsonObject asOf(AsOfReport r) {
        JsonObject o = new JsonObject();
        o.put("a", actor(r.a()));
        o.put("b", actor(r.b()));
        o.put("asOf", r.asOf().toString());
        o.put("severed", r.severed());
        put(o, "since", r.since());
        o.put("answer", r.answer());
        o.put("by", array(r.by(), ProvenanceJson::actor));
        o.put("severances", array(r.severances(), ProvenanceJson::claim));
        o.put("undatedSeverances", array(r.undated(), ProvenanceJson::claim));
        o.put("note", r.note());
        return o;
    }

    public static JsonObject actor(ActorRef a) {
        JsonObject o = new JsonObject();
        o.put("iri", a.iri());
        o.put("id", a.id());
        o.put("label", a.label());
        put(o, "qid", a.qid());
        put(o, "wikidata", a.wikidata());
        return o;
    }

    public static JsonObject claim(ClaimRef c) {
        JsonObject o = new JsonObject();
        o.put("iri", c.iri());
        put(o, "relation", c.relation());
        put(o, "label", c.label());
        o.put("actor", actor(c.actor()));
        o.put("target", actor(c.target()));
        put(o, "date", c.date());
        o.put("topics", array(c.topics(), org.apache.jena.atlas.json.JsonString::new));
        o.put("corroboration", c.corroboration());
        o.put("evidence", array(c.evidence(), ProvenanceJson::evidence));
        return o;
    }

    private static JsonObject evidence(EvidenceRef e) {
        JsonObject o = new JsonObject();
        o.put("iri", e.iri());
        SourceRef s = e.source();
        JsonObject src = new JsonObject();
        src.put("iri", s.iri());
        put(src, "url", s.url());
        put(src, "identifier", s.identifier());
        put(src, "title", s.title());
        put(src, "published", s.published());
        JsonObject pub = new JsonObject();
        put(pub, "iri", s.publisherIri());
        put(pub, "name", s.publisher());
        src.put("publisher", pub);
        o.put("source", src);
        put(o, "method", e.method());
        if (e.confidence() == null) o.put("confidence", JsonNull.instance);
        else o.put("confidence", org.apache.jena.atlas.json.JsonNumber.value(e.confidence()));
        o.put("quotes", array(e.quotes(), q -> {
            JsonObject x = new JsonObject();
            x.put("selector", q.selector());
            put(x, "exact", q.exact());
            if (q.start() == null) x.put("start", JsonNull.instance); else x.put("start", q.start());
            if (q.end() == null) x.put("end", JsonNull.instance); else x.put("end", q.end());
            return x;
        }));
        return o;
    }

    private static <T> JsonArray array(Collection<T> items, Function<T, ? extends JsonValue> f) {
        JsonArray a = new JsonArray();
        items.forEach(i -> a.add(f.apply(i)));
        return a;
    }

    private static void put(JsonObject o, String key, Object value) {
        if (value == null) o.put(key, JsonNull.instance);
        else o.put(key, value.toString());
    }
}
