package org.diplokg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.diplokg.model.Claim;
import org.diplokg.model.Relation;
import org.diplokg.model.SourceDocument;
import org.junit.jupiter.api.Test;

class IriMinterTest {
    final IriMinter iris = IriMinter.withDefaultBase();
    final Claim claim = new Claim(Relation.SEVERS, "niger", "ukraine", LocalDate.of(2024, 8, 6));

    @Test
    void sameContentSameIriAcrossInstances() {
        assertEquals(iris.claim(claim), new IriMinter(IriMinter.DEFAULT_BASE).claim(
                new Claim(Relation.SEVERS, "niger", "ukraine", LocalDate.of(2024, 8, 6))));
        assertTrue(iris.claim(claim).getURI().matches("https://w3id\\.org/diplokg/id/claim/severs-[0-9a-f]{16}"));
    }

    @Test
    void anyPartOfTheKeyChangesTheIri() {
        assertNotEquals(iris.claim(claim), iris.claim(new Claim(Relation.SEVERS, "niger", "ukraine", LocalDate.of(2024, 8, 7))));
        assertNotEquals(iris.claim(claim), iris.claim(new Claim(Relation.SEVERS, "ukraine", "niger", LocalDate.of(2024, 8, 6))));
        assertNotEquals(iris.claim(claim), iris.claim(new Claim(Relation.ACCUSES, "niger", "ukraine", LocalDate.of(2024, 8, 6))));
        assertNotEquals(iris.claim(claim), iris.claim(new Claim(Relation.SEVERS, "niger", "ukraine", null)));
    }

    @Test
    void baseIsConfigurableAndActorIrisAreReadable() {
        assertEquals("http://example.org/kg/actor/niger", new IriMinter("http://example.org/kg").actor("niger").getURI());
        SourceDocument byUrl = new SourceDocument("a.txt", "https://example.org/a", null, null, null, null);
        SourceDocument byFile = new SourceDocument("a.txt", null, null, null, null, null);
        assertNotEquals(iris.source(byUrl), iris.source(byFile));
        assertEquals("cote-d-ivoire", IriMinter.slug("Côte d'Ivoire"));
    }
}
