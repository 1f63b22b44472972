package org.diplokg.linkeddata;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.diplokg.ontology.DK;
import org.diplokg.ontology.Vocab;

/** The prefixes DiploKG writes in Turtle, TriG, JSON-LD contexts and HTML pages. */
public final class Namespaces {
    private final Map<String, String> prefixes = new LinkedHashMap<>();

    public Namespaces(String base) {
        prefixes.put("dk", DK.NS);
        prefixes.put("actor", base + "actor/");
        prefixes.put("claim", base + "claim/");
        prefixes.put("evidence", base + "evidence/");
        prefixes.put("source", base + "source/");
        prefixes.put("publisher", base + "publisher/");
        prefixes.put("rdf", Vocab.RDF);
        prefixes.put("rdfs", Vocab.RDFS);
        prefixes.put("owl", Vocab.OWL);
        prefixes.put("xsd", Vocab.XSD);
        prefixes.put("skos", Vocab.SKOS);
        prefixes.put("prov", Vocab.PROV);
        prefixes.put("schema", Vocab.SCHEMA);
        prefixes.put("dct", Vocab.DCT);
        prefixes.put("oa", Vocab.OA);
        prefixes.put("wd", Vocab.WIKIDATA_ENTITY);
        prefixes.put("void", "http://rdfs.org/ns/void#");
        prefixes.put("dcat", "http://www.w3.org/ns/dcat#");
    }

    public PrefixMap prefixMap() {
        return PrefixMapFactory.create(prefixes);
    }

    public PrefixMapping prefixMapping() {
        return PrefixMapping.Factory.create().setNsPrefixes(prefixes).lock();
    }

    /** {@code dk:Claim} for a known namespace, else the IRI itself. */
    public String shortForm(String iri) {
        for (var e : prefixes.entrySet())
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()
                    && iri.substring(e.getValue().length()).matches("[A-Za-z0-9_.\\-]+"))
                return e.getKey() + ":" + iri.substring(e.getValue().length());
        return iri;
    }
}
