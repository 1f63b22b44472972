package org.diplokg.extract;

import org.diplokg.model.Relation;
import org.diplokg.model.SourceDocument;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The second reader: its cues, its learnt weights, and how its claims join the rules' own. */
class PairModelTest {

    @Test
    void fittingLearnsWhichFeatureMarksAClaim() {
        List<List<String>> x = new ArrayList<>();
        boolean[] y = new boolean[40];
        for (int i = 0; i < 40; i++) {
            boolean claim = i % 4 == 0;
            x.add(List.of("bias", claim ? "quoted-charge" : "aside", i % 2 == 0 ? "even" : "odd"));
            y[i] = claim;
        }
        PairModel m = PairModel.fit(x, y, 1e-3, 400, 0.5);
        assertTrue(m.probability(List.of("bias", "quoted-charge", "odd")) > 0.5);
        assertTrue(m.probability(List.of("bias", "aside", "even")) < 0.5);
        assertFalse(PairModel.NONE.accepts(Relation.ACCUSES, PairModel.NONE.probability(List.of("bias", "quoted-charge"))));
    }

    @Test
    void aMalformedModelFileIsRejectedWithItsLine() {
        java.io.IOException e = assertThrows(java.io.IOException.class,
                () -> PairModel.read(new StringReader("#threshold\t0.5\naccuses|bias\tabc\n")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        e = assertThrows(java.io.IOException.class,
                () -> PairModel.read(new StringReader("#threshold-blames\t0.5\n")));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void aModelIsWrittenAndReadBackAsItWas() throws Exception {
        PairModel m = new PairModel(Map.of("accuses|bias", -1.25, "accuses|cue:blam", 2.5), 0.6, "data/eval/dev")
                .withThreshold(Relation.DENIES, 0.7);
        StringWriter w = new StringWriter();
        m.write(w);
        PairModel back = PairModel.read(new StringReader(w.toString()));
        assertEquals(0.6, back.threshold(), 1e-9);
        assertEquals(0.6, back.threshold(Relation.ACCUSES), 1e-9);
        assertEquals(0.7, back.threshold(Relation.DENIES), 1e-9);
        assertFalse(back.accepts(Relation.DENIES, 0.65));
        assertTrue(back.accepts(Relation.ACCUSES, 0.65));
        assertEquals("data/eval/dev", back.trainedOn());
        List<String> f = List.of("accuses|bias", "accuses|cue:blam");
        assertEquals(m.probability(f), back.probability(f), 1e-4);
    }

    @Test
    void cuesNeedTiesForABreakAndNameTheirStem() {
        Tokenizer tok = new Tokenizer();
        String cut = "Accra cut diplomatic ties with Lome and dismissed its charges.";
        List<PairCues.Cue> cues = PairCues.find(tok.tokenize(cut, 0, cut.length()));
        assertTrue(cues.stream().anyMatch(c -> c.relation() == Relation.SEVERS && c.name().equals("cut")), cues.toString());
        assertTrue(cues.stream().anyMatch(c -> c.relation() == Relation.DENIES && c.name().equals("dismiss")), cues.toString());
        assertTrue(cues.stream().anyMatch(c -> c.relation() == Relation.ACCUSES && c.name().equals("charg")), cues.toString());
        String taxes = "Accra cut import taxes on Monday.";
        assertTrue(PairCues.find(tok.tokenize(taxes, 0, taxes.length())).isEmpty());
    }

    @Test
    void aReadingAgainstTheRulesInTheSameSentenceIsMarked() {
        // The rules made "Chad accuses Sudan" in sentence 3; the reverse reading there is marked, elsewhere not.
        String made = PairCandidate.key(Relation.ACCUSES, "chad", "sudan");
        var marked = PairReader.withArticleContext(List.of(
                new PairCandidate(Relation.ACCUSES, "sudan", "chad", 3, 0, List.of("accuses|bias")),
                new PairCandidate(Relation.ACCUSES, "sudan", "chad", 5, 0, List.of("accuses|bias"))),
                Map.of(made, java.util.Set.of(3)));
        assertTrue(marked.get(0).namedFeatures().contains("accuses|ctx:rev-here"), marked.get(0).features().toString());
        assertFalse(marked.get(1).namedFeatures().contains("accuses|ctx:rev-here"), marked.get(1).features().toString());
        assertTrue(marked.get(1).namedFeatures().contains("accuses|ctx:accuses-rev"), "the article-wide context stays");
    }

    @Test
    void aStateOwningAClaimNounIsMarkedAsItsVoice() {
        Gazetteer g = Gazetteer.load(Path.of("data/actors.csv"));
        Tokenizer tok = new Tokenizer();
        java.util.function.Function<String, List<String>> voices = s -> {
            List<Token> t = tok.tokenize(s, 0, s.length());
            return g.findMentions(t).stream().filter(m -> PairReader.voicesClaim(t, m)).map(Mention::actorId).toList();
        };
        assertEquals(List.of("peru"), voices.apply("Chile rejected Peru's \"absurd\" espionage charge."));
        assertEquals(List.of("peru"), voices.apply("Chile dismissed the Peruvian allegations as baseless."));
        assertEquals(List.of("peru"), voices.apply("Chile rejected the accusations of the government of Peru."));
        assertEquals(List.of("peru"), voices.apply("Chile rejected the charges made by Peru."));
        // The denier comes before the noun too, but owns nothing.
        assertEquals(List.of(), voices.apply("Chile firmly rejects the accusations, Peru said."));
    }

    /** A sentence whose wording no rule knows ("was X's responsibility") yet a reader would take as a charge. */
    private static final String NOVEL = "Ghana said the border raid on Monday was Togo's responsibility.";

    @Test
    void anAcceptedReadingBecomesAClaimWithAVerbatimQuoteAndItsDate() {
        Gazetteer g = Gazetteer.load(Path.of("data/actors.csv"));
        SourceDocument meta = new SourceDocument("n.txt", null, null, LocalDate.parse("2022-03-09"), null, "en");
        assertTrue(new Extractor(g, PairModel.NONE).extract(NOVEL, meta).isEmpty(), "the rules alone read nothing here");
        // A hand-set model: "responsibility" with the main-clause subject as actor and a state named before it;
        // Togo, named but not the subject, scores lower and stays out.
        PairModel m = new PairModel(Map.of("accuses|bias", -2.0, "accuses|cue:responsib", 1.5, "accuses|a:subj", 1.0,
                "accuses|t:before", 1.0), 0.7, "");
        List<ExtractedClaim> cs = new Extractor(g, m).extract(NOVEL, meta);
        assertEquals(1, cs.size(), cs.toString());
        ExtractedClaim c = cs.get(0);
        assertEquals("accuses ghana togo", c.relation().code() + " " + c.actorId() + " " + c.targetId());
        assertEquals("pair-model", c.rule());
        assertEquals(NOVEL.substring(c.start(), c.end()), c.quote());
        assertEquals(LocalDate.parse("2022-03-07"), c.date());
        assertTrue(c.confidence() < 0.5, "below every rule: " + c.confidence());
    }

    @Test
    void theModelNeverRepeatsOrOverridesAClaimTheRulesMade() {
        Gazetteer g = Gazetteer.load(Path.of("data/actors.csv"));
        SourceDocument meta = new SourceDocument("r.txt", null, null, LocalDate.parse("2022-03-09"), null, "en");
        String text = "Ghana accused Togo of supporting rebels on Monday.";
        List<ExtractedClaim> rules = new Extractor(g, PairModel.NONE).extract(text, meta);
        // Accepts everything: every reading of the sentence becomes a candidate claim.
        PairModel all = new PairModel(Map.of(), 0.0, "");
        List<ExtractedClaim> both = new Extractor(g, all).extract(text, meta);
        for (ExtractedClaim r : rules) {
            ExtractedClaim same = both.stream().filter(c -> c.relation() == r.relation() && c.actorId().equals(r.actorId())
                    && c.targetId().equals(r.targetId())).findFirst().orElseThrow();
            assertEquals(r.rule(), same.rule(), "the rule's claim keeps its rule and evidence");
            assertEquals(r.confidence(), same.confidence());
        }
    }

    /** Whatever the weights, a negated charge or break is never proposed; a denial may be negative. */
    @Test
    void negatedChargesAndBreaksAreNotRead() {
        Gazetteer g = Gazetteer.load(Path.of("data/actors.csv"));
        SourceDocument meta = new SourceDocument("n.txt", null, null, LocalDate.parse("2022-03-09"), null, "en");
        PairModel all = new PairModel(Map.of(), 0.0, "");
        Extractor ex = new Extractor(g, all);
        assertTrue(ex.extract("Ethiopia said Egypt had not interfered in the talks.", meta).isEmpty());
        assertTrue(ex.extract("Mali did not cut diplomatic ties with Ukraine.", meta).stream()
                .noneMatch(c -> c.relation() == Relation.SEVERS));
        assertTrue(ex.extract("Ghana said it had never backed rebels in Togo and rejected the claims.", meta).stream()
                .anyMatch(c -> c.relation() == Relation.DENIES && c.actorId().equals("ghana")));
    }

    /** The shipped weights are exactly what the trainer makes from the splits they name: rebuildable, not hand-tuned. */
    @Test
    void theBundledModelIsRebuiltFromItsSplits() throws Exception {
        String bundled = Files.readString(Path.of("src/main/resources" + PairModel.RESOURCE), StandardCharsets.UTF_8);
        PairModel shipped = PairModel.read(new StringReader(bundled));
        assertFalse(shipped.trainedOn().isEmpty());
        List<PairModelTrainer.Split> splits = new ArrayList<>();
        for (String s : shipped.trainedOn().split(" ")) splits.add(PairModelTrainer.Split.parse(s));
        PairModel rebuilt = new PairModelTrainer(Gazetteer.load(Path.of("data/actors.csv")))
                .train(splits, shipped.threshold()).withTrainedOn(shipped.trainedOn());
        for (Map.Entry<Relation, Double> e : shipped.relationThresholds().entrySet()) {
            rebuilt = rebuilt.withThreshold(e.getKey(), e.getValue());
        }
        StringWriter w = new StringWriter();
        rebuilt.write(w);
        assertEquals(bundled, w.toString(), "retrain with ./diplokg train-pair-model (see docs/extraction.md)");
    }
}
