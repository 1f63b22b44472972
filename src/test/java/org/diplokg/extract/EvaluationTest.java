package org.diplokg.extract;

import org.diplokg.model.Relation;

import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvaluationTest {

    @Test
    void keysOnQidsDeduplicatesAndScoresDates() throws Exception {
        Gazetteer g;
        g = Gazetteer.load(java.nio.file.Path.of("src/test/resources/actors-fixture.csv"));
        String gold = "source_file,relation,actor,actor_wikidata,target,target_wikidata,date\n"
                + "a.txt,severs,niger,Q1032,ukraine,Q212,2024-08-06\n"
                + "a.txt,severs,niger,Q1032,ukraine,Q212,2024-08-06\n"
                + "a.txt,accuses,niger,Q1032,ukraine,Q212,\n"
                + "a.txt,denies,ukraine,Q212,mali,Q912,\n";
        // Pred gives ids only (no QIDs): resolved through the gazetteer.
        String pred = "source_file,relation,actor,actor_wikidata,target,target_wikidata,date\n"
                + "a.txt,severs,niger,,ukraine,,2024-08-05\n"
                + "a.txt,accuses,Q1032,,Kyiv-not-an-id,,\n"
                + "a.txt,denies,ukraine,,mali,,\n";
        Evaluation.Result r = new Evaluation(g).evaluate(new StringReader(gold), new StringReader(pred));
        assertEquals(new Evaluation.Score(1, 0, 0), r.perRelation().get(Relation.SEVERS));
        assertEquals(new Evaluation.Score(0, 1, 1), r.perRelation().get(Relation.ACCUSES));
        assertEquals(2, r.overall().tp());
        assertEquals(2.0 / 3, r.overall().precision(), 1e-9);
        assertEquals(0.5, r.dateAccuracy(), 1e-9, "severs date is wrong, denies empty=empty is right");
    }
}
