package org.diplokg.extract;

import org.diplokg.model.SourceDocument;

import org.diplokg.model.Relation;
import org.diplokg.model.Topic;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules on sentences written for these tests, across ruptures worldwide. Uses data/actors.csv. */
class ExtractorRulesTest {
    private static Extractor extractor;

    @BeforeAll
    static void load() throws Exception {
        // The rules alone: these sentences test phrasing families; the learnt second reader is held to the
        // annotated splits instead (SeedCorpusTest, HeldOutDevSplitsTest, PairModelTest).
        extractor = new Extractor(Gazetteer.load(Path.of("data/actors.csv")), PairModel.NONE);
    }

    private static List<ExtractedClaim> run(String text, String published) {
        SourceDocument meta = new SourceDocument("t.txt", null, null, published == null ? null : LocalDate.parse(published), null, "en");
        List<ExtractedClaim> out = extractor.extract(text, meta);
        for (ExtractedClaim c : out) assertEquals(c.quote(), text.substring(c.start(), c.end()), "quote must be verbatim");
        return out;
    }

    /** "relation actor target" keys, sorted. */
    private static Set<String> keys(List<ExtractedClaim> cs) {
        return cs.stream().map(c -> c.relation().code() + " " + c.actorId() + " " + c.targetId()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static ExtractedClaim find(List<ExtractedClaim> cs, String key) {
        return cs.stream().filter(c -> (c.relation().code() + " " + c.actorId() + " " + c.targetId()).equals(key)).findFirst().orElseThrow();
    }

    @Test
    void gulfStatesCutTiesWithQatarFourActorsAndAPronounTarget() {
        var cs = run("Saudi Arabia, Egypt, Bahrain and the UAE cut ties with Qatar on June 5, 2017, accusing it of supporting terrorism.", null);
        assertEquals(new TreeSet<>(Set.of("severs saudi-arabia qatar", "severs egypt qatar", "severs bahrain qatar",
                "severs united-arab-emirates qatar", "accuses saudi-arabia qatar", "accuses egypt qatar",
                "accuses bahrain qatar", "accuses united-arab-emirates qatar")), keys(cs));
        assertEquals(LocalDate.of(2017, 6, 5), find(cs, "severs egypt qatar").date());
        assertEquals(LocalDate.of(2017, 6, 5), find(cs, "accuses bahrain qatar").date());
        assertEquals(Topic.TERRORISM, find(cs, "accuses egypt qatar").topic());
    }

    @Test
    void diplomaticAndTransportLinksIsASeveranceButTradeTiesAloneIsNot() {
        var cs = run("In June 2017, Saudi Arabia, the United Arab Emirates, Bahrain and Egypt severed diplomatic and transport links with Qatar.", null);
        assertEquals(4, cs.size());
        assertNull(cs.get(0).date(), "June 2017 does not give the day");
        assertTrue(run("Egypt severed trade and transport links with Qatar.", null).isEmpty());
        var den = run("Iran's foreign ministry spokesman Bahram Ghasemi rejected Morocco's accusations as baseless.", null);
        assertEquals(Set.of("denies iran morocco", "accuses morocco iran"), keys(den));
    }

    @Test
    void saudiIranWeekdayFromPublicationDate() {
        var cs = run("Saudi Arabia severed diplomatic relations with Iran on Sunday after protesters stormed its embassy in Tehran.", "2016-01-04");
        assertEquals(Set.of("severs saudi-arabia iran"), keys(cs));
        assertEquals(LocalDate.of(2016, 1, 3), cs.get(0).date());
    }

    @Test
    void moroccoIranCapitalAsMetonymTarget() {
        var cs = run("Morocco cut diplomatic ties with Iran on Tuesday, accusing Tehran of supporting the Polisario Front through its ally Hezbollah.", "2018-05-02");
        assertEquals(Set.of("severs morocco iran", "accuses morocco iran"), keys(cs));
        assertEquals(LocalDate.of(2018, 5, 1), find(cs, "accuses morocco iran").date());
    }

    @Test
    void algeriaMoroccoHostileActions() {
        var cs = run("Algeria broke off diplomatic relations with Morocco over what it called hostile actions, "
                + "Foreign Minister Ramtane Lamamra said on August 24, 2021.", null);
        assertEquals(Set.of("severs algeria morocco", "accuses algeria morocco"), keys(cs));
        assertEquals(Topic.HOSTILITY, find(cs, "accuses algeria morocco").topic());
        assertEquals(LocalDate.of(2021, 8, 24), find(cs, "severs algeria morocco").date());
    }

    @Test
    void taiwanLosesAlliesAndOtherStatesInTheSentenceAreNotTargets() {
        assertEquals(Set.of("severs nicaragua taiwan"), keys(run("Nicaragua broke diplomatic ties with Taiwan and recognized Beijing.", null)));
        assertEquals(Set.of("severs honduras taiwan"), keys(run("Honduras established relations with China and ended its ties with Taiwan.", null)));
    }

    @Test
    void boliviaIsraelAccusingIt() {
        var cs = run("Bolivia announced on Tuesday that it was cutting diplomatic ties with Israel, accusing it of committing crimes against humanity in Gaza.", "2023-11-01");
        assertEquals(Set.of("severs bolivia israel", "accuses bolivia israel"), keys(cs));
        assertEquals(LocalDate.of(2023, 10, 31), find(cs, "severs bolivia israel").date());
        assertEquals(Topic.OTHER, find(cs, "accuses bolivia israel").topic());
    }

    @Test
    void demonymWithInstitutionIsTheState() {
        var cs = run("The Colombian government said it was breaking diplomatic relations with Venezuela.", null);
        assertEquals(Set.of("severs colombia venezuela"), keys(cs));
        assertEquals(Set.of("accuses mali ukraine"), keys(run("The Malian government accused Ukraine of supporting terrorist groups.", null)));
    }

    @Test
    void accusationAndLinkedDenial() {
        var cs = run("Serbia accused Kosovo of interfering in its internal affairs. Kosovo denied the accusations.", null);
        assertEquals(Set.of("accuses serbia kosovo", "denies kosovo serbia"), keys(cs));
        assertEquals(Topic.SOVEREIGNTY, find(cs, "accuses serbia kosovo").topic());
        assertEquals(Topic.SOVEREIGNTY, find(cs, "denies kosovo serbia").answersTopic());
    }

    @Test
    void rejectsTheAccusationsOfNamesTheAccuserAndImpliesTheAccusation() {
        var cs = run("The Ukrainian foreign ministry said Monday that Ukraine \"firmly rejects the accusations of the transitional government of Mali\".", "2024-08-07");
        assertEquals(Set.of("denies ukraine mali", "accuses mali ukraine"), keys(cs));
        assertEquals(LocalDate.of(2024, 8, 5), find(cs, "denies ukraine mali").date());
        assertNull(find(cs, "accuses mali ukraine").date(), "the accusation is not dated by the denial");
        assertEquals(Set.of("denies ukraine mali", "accuses mali ukraine"), keys(run("Kyiv said it rejected Bamako's accusations.", null)));
    }

    @Test
    void whichXDeniesAnswersTheClaimInTheSameSentence() {
        var cs = run("Mali severed diplomatic ties with Ukraine on August 4 over its alleged involvement, which Kiev denies, in a rebel attack.", "2024-08-07");
        assertTrue(keys(cs).contains("denies ukraine mali"));
        assertTrue(keys(cs).contains("severs mali ukraine"));
        assertNull(find(cs, "denies ukraine mali").date(), "the sever date belongs to the severance");
    }

    @Test
    void passiveAccusations() {
        assertEquals(Set.of("accuses mali ukraine"), keys(run("Ukraine was accused by Mali of supporting terrorism.", null)));
        assertTrue(run("Wagner has been accused of killing civilians in Mali.", null).isEmpty());
    }

    @Test
    void negationModalityAndNonSeverances() {
        String[] none = {
                "Sweden recalled its ambassador from Iran.",
                "Qatar threatened to cut ties with Israel.",
                "Colombia did not sever relations with Venezuela.",
                "Colombia didn't sever relations with Venezuela.",
                "Saudi Arabia and Iran restored diplomatic relations in 2023.",
                "Iran and Saudi Arabia agreed to restore ties that were severed in 2016.",
                "Turkey could cut diplomatic ties with Israel.",
                "Bolivia will cut ties with Israel if the offensive continues.",
                "Egypt cut trade ties with Qatar.",
                "Lawmakers called on Bolivia to sever ties with Israel.",
                "Belgium is considering suspending relations with Russia.",
                "Malian authorities deny these allegations.",
                "Senegal summoned the Ukrainian ambassador over a post on Facebook.",
                "Niger denied entry to French diplomats.",
                // Round 9: "none of them", a suggestion to explore a switch.
                "Oman, Qatar and Kuwait recalled their envoys from Tehran, but none of them has cut relations.",
                "The adviser suggested that Palau explore switching its recognition from Taipei to Beijing.",
        };
        for (String s : none) assertTrue(run(s, "2024-08-07").isEmpty(), s);
    }

    @Test
    void followedSuitAndSimilarStepCopyRelationTargetAndOffsetDates() {
        var cs = run("Mali cut ties with Ukraine on August 4. Niger followed suit two days later.", "2024-08-07");
        assertEquals(Set.of("severs mali ukraine", "severs niger ukraine"), keys(cs));
        assertEquals(LocalDate.of(2024, 8, 6), find(cs, "severs niger ukraine").date());

        cs = run("Niger said Tuesday it was cutting diplomatic ties with Ukraine, two days after Mali took a similar step.", "2024-08-07");
        assertEquals(LocalDate.of(2024, 8, 6), find(cs, "severs niger ukraine").date());
        assertEquals(LocalDate.of(2024, 8, 4), find(cs, "severs mali ukraine").date());

        cs = run("Burkina Faso could take a similar step. Ghana severed ties with Israel.", null);
        assertEquals(Set.of("severs ghana israel"), keys(cs), "a hypothetical similar step is no claim");
    }

    @Test
    void followsXInBreakingGivesBothActors() {
        var cs = extractor.extract("Niger follows Mali in breaking relations with Ukraine",
                new SourceDocument("t.txt", null, null, null, "Niger follows Mali in breaking relations with Ukraine", "en"));
        assertEquals(Set.of("severs niger ukraine", "severs mali ukraine"), keys(cs));
    }

    @Test
    void speakerAfterQuotationAndJuntaResolveToTheState() {
        var cs = run("\"We are severing diplomatic relations with Ukraine,\" Niger's government spokesman said.", null);
        assertEquals(Set.of("severs niger ukraine"), keys(cs));
        cs = run("Niger cut ties with Ukraine. The junta also accused Kyiv of aggression.", null);
        assertEquals(Set.of("severs niger ukraine", "accuses niger ukraine"), keys(cs));
        assertEquals(Topic.AGGRESSION, find(cs, "accuses niger ukraine").topic());
    }

    @Test
    void relativeClauseAndBetweenDoNotStealTheSubject() {
        var cs = run("Niger, which like Mali is under military rule, said it would ask the Security Council to debate Ukraine's aggression.", null);
        assertEquals(Set.of("accuses niger ukraine"), keys(cs));
        cs = run("\"The government of Niger, in total solidarity with the people of Mali, decides to sever diplomatic relations between the Republic of Niger and Ukraine,\" he said.", null);
        assertEquals(Set.of("severs niger ukraine"), keys(cs));
    }

    @Test
    void anaphoricDecisionSentenceDatesThePreviousClaims() {
        var cs = run("Niger announced the severance of diplomatic ties with Ukraine. The decision was announced on 6 August 2024 by the spokesman.", null);
        assertEquals(LocalDate.of(2024, 8, 6), find(cs, "severs niger ukraine").date());
    }

    @Test
    void vagueTimeLeavesTheDateEmpty() {
        var cs = run("On Tuesday, Niger cut ties with Ukraine. This follows a similar move by Mali just days earlier.", "2024-08-07");
        assertEquals(LocalDate.of(2024, 8, 6), find(cs, "severs niger ukraine").date());
        assertNull(find(cs, "severs mali ukraine").date());
    }

    @Test
    void pageDebrisYieldsNothing() {
        String text = "Home | World | Africa\nRelated:\nMali cuts diplomatic ties with Ukraine\nQatar cuts ties with Saudi Arabia\n"
                + "Latest articles\n\nDenmark announces new environmental initiatives\n\nSubscribe to our newsletter!\n";
        assertTrue(run(text, "2024-08-07").isEmpty());
    }

    @Test
    void oneRowPerClaimKeepsTheBestQuoteAndADate() {
        String text = "Mali will cut ties with Ukraine. Mali cut diplomatic ties with Ukraine on Sunday, accusing Kyiv of supporting terrorism.";
        var cs = run(text, "2024-08-07");
        assertEquals(1, cs.stream().filter(c -> c.relation() == Relation.SEVERS).count());
        ExtractedClaim sev = find(cs, "severs mali ukraine");
        assertEquals(LocalDate.of(2024, 8, 4), sev.date());
        assertTrue(sev.quote().startsWith("Mali cut diplomatic"), sev.quote());
    }
}
