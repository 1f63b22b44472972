package org.diplokg.extract;

import org.diplokg.model.Relation;
import org.diplokg.model.SourceDocument;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A claim against one state of a list is a claim against each; nothing else is a list. */
class CoordinationTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load(Path.of("data/actors.csv"));

    /** The partners of {@code state}'s first mention after the word {@code cue}. */
    private static List<String> partners(String sentence, String cue, String state) {
        List<Token> t = new Tokenizer().tokenize(sentence, 0, sentence.length());
        int at = 0;
        while (!t.get(at).norm().equals(cue)) at++;
        return Coordination.partners(t, GAZETTEER.findMentions(t), state, at);
    }

    @Test
    void statesJoinedByCommasAndConjunctionsAreOneList() {
        assertEquals(List.of("netherlands", "united-kingdom"),
                partners("Iran accused Denmark, the Netherlands and Britain of harbouring gunmen.", "accused", "denmark"));
        assertEquals(List.of("united-states"),
                partners("Libya dismissed the British and American charges as baseless.", "dismissed", "united-kingdom"));
        assertEquals(List.of("japan"),
                partners("Pyongyang condemned any drills by Seoul or Tokyo.", "condemned", "south-korea"));
    }

    @Test
    void theSpeakersBeforeTheCueAndStatesInOtherClausesAreNotPartners() {
        // Britain and France speak; only Syria stands with Iran after the cue.
        assertEquals(List.of("syria"),
                partners("Britain and France accused Iran and Syria of arming the militia.", "accused", "iran"));
        assertEquals(List.of(),
                partners("Tehran blamed Washington, which London had backed, for the strike.", "blamed", "united-states"));
        assertEquals(List.of(), partners("Qatar rejected the charges made by Riyadh.", "rejected", "saudi-arabia"));
        // ", and" followed by a verb starts a new clause with new subjects.
        assertEquals(List.of(),
                partners("Iran accused Israel of the strike, and Syria and Lebanon condemned it.", "accused", "israel"));
        assertEquals(List.of("lebanon"),
                partners("Iran accused Israel of the strike, and Syria and Lebanon condemned it.", "accused", "syria"));
        assertEquals(List.of("netherlands", "united-kingdom"),
                partners("Iran accused Denmark, the Netherlands, and Britain of harbouring gunmen.", "accused", "denmark"));
    }

    @Test
    void aChargeAgainstAListIsMadeAgainstEachStateWithItsDate() {
        Extractor ex = new Extractor(GAZETTEER, PairModel.NONE);
        SourceDocument meta = new SourceDocument("c.txt", null, null, LocalDate.parse("1991-11-29"), null, "en");
        List<ExtractedClaim> cs = ex.extract(
                "Libya on Wednesday dismissed the British and American charges as \"baseless\".", meta);
        for (String accuser : List.of("united-kingdom", "united-states")) {
            assertTrue(cs.stream().anyMatch(c -> c.relation() == Relation.DENIES && c.actorId().equals("libya")
                    && c.targetId().equals(accuser) && LocalDate.parse("1991-11-27").equals(c.date())), cs.toString());
        }
    }

    @Test
    void breaksAreNotSpreadOverLists() {
        Extractor ex = new Extractor(GAZETTEER, PairModel.NONE);
        SourceDocument meta = new SourceDocument("c.txt", null, null, LocalDate.parse("2024-08-07"), null, "en");
        List<ExtractedClaim> cs = ex.extract("Mali cut diplomatic ties with Ukraine, and Niger and Burkina Faso welcomed the step.", meta);
        assertTrue(cs.stream().noneMatch(c -> c.relation() == Relation.SEVERS
                && (c.targetId().equals("niger") || c.targetId().equals("burkina-faso"))), cs.toString());
    }
}
