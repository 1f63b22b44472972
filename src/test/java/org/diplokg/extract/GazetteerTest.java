package org.diplokg.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {
    private static Gazetteer gaz;
    private static Gazetteer full;

    @BeforeAll
    static void load() throws Exception {
        gaz = Gazetteer.load(java.nio.file.Path.of("src/test/resources/actors-fixture.csv"));
        full = Gazetteer.load(java.nio.file.Path.of("data/actors.csv"));
    }

    /** The states the shipped gazetteer finds, for names the fixture lacks. */
    private static List<String> fullIds(String s) {
        return full.findMentions(new Tokenizer().tokenize(s, 0, s.length())).stream().map(Mention::actorId).toList();
    }

    private static List<String> ids(String s) {
        List<Token> t = new Tokenizer().tokenize(s, 0, s.length());
        return gaz.findMentions(t).stream().map(Mention::actorId).toList();
    }

    @Test
    void wordBoundariesKeepNigerAndNigeriaApart() {
        assertEquals(List.of("nigeria", "niger"), ids("Nigeria closed its border with Niger."));
        assertEquals(List.of("niger"), ids("The Nigerien junta spoke."));
    }

    @Test
    void epithetsForOneStateAndTheLongerNameWins() {
        assertEquals(List.of("iran", "israel"), fullIds("The Islamic Republic warned the Jewish state."));
        assertEquals(List.of("pakistan"), fullIds("The Islamic Republic of Pakistan protested."));
        assertEquals(List.of("north-korea", "south-korea"), fullIds("The Korean Central News Agency accused Seoul."));
        assertEquals(List.of("brazil", "italy"), fullIds("Planalto called Palazzo Chigi."));
    }

    @Test
    void aNameEndingInSTakesABareApostropheAsPossessive() {
        String s = "the Philippines' shooting and Mali' s";
        List<Mention> ms = full.findMentions(new Tokenizer().tokenize(s, 0, s.length()));
        assertEquals("philippines", ms.get(0).actorId());
        assertTrue(ms.get(0).possessive());
        assertTrue(!ms.get(1).possessive(), "a name not ending in s: the apostrophe is a quote mark");
    }

    @Test
    void longestMatchPrefersGuineaBissauAndPapuaNewGuinea() {
        assertEquals(List.of("guinea-bissau", "guinea", "papua-new-guinea"), ids("Guinea-Bissau, Guinea and Papua New Guinea met."));
    }

    @Test
    void capitalsDemonymsAliasesAndDiacritics() {
        assertEquals(List.of("ukraine", "mali", "mali", "cote-d-ivoire", "cote-d-ivoire"),
                ids("Kyiv said the Malian government in Bamako and Côte d’Ivoire, also Cote d'Ivoire, met."));
        assertEquals(List.of("united-arab-emirates", "united-states"), ids("The UAE and the U.S. agreed."));
    }

    @Test
    void ambiguousNamesNeedContext() {
        assertTrue(ids("Michael Jordan scored.").isEmpty(), "a person named Jordan is not the state");
        assertEquals(List.of("jordan"), ids("Jordan recalled its ambassador."));
        assertTrue(ids("George Washington slept here.").isEmpty());
        assertEquals(List.of("united-states"), ids("Washington said it was concerned."));
        assertTrue(ids("let us go and niger").isEmpty(), "lower-case words are not names; 'us' is not the US");
    }

    @Test
    void washingtonIsTheUsUnlessANeighbourSaysOtherwise() {
        assertEquals(List.of("russia", "united-states"), fullIds("Moscow accused Washington of provocations."));
        assertEquals(List.of("united-states", "cuba"), fullIds("In Washington, officials met Cuban envoys."));
        assertTrue(fullIds("The Washington Post reported it.").isEmpty(), "a capitalised neighbour: a newspaper");
        assertTrue(fullIds("Washington state sued.").isEmpty());
        // Other ambiguous capitals need a government's context: charged, or holding ties.
        assertTrue(fullIds("Santiago scored twice.").isEmpty());
        assertEquals(List.of("peru", "chile"), fullIds("Peru blamed Santiago for the incident."));
        assertEquals(List.of("taiwan", "dominica"), fullIds("Taiwan ended relations with Roseau."));
    }

    @Test
    void saintIsSpelledThreeWays() {
        assertEquals(List.of("saint-lucia", "saint-lucia", "saint-lucia"),
                fullIds("Saint Lucia, St Lucia and St. Lucia are one state."));
    }

    @Test
    void aPartyNamedAfterTheStateIsNotTheState() {
        assertTrue(fullIds("The St Lucia Labour Party protested.").isEmpty());
        assertEquals(List.of("sudan"), fullIds("The Sudan People's Liberation Movement accused Sudan."));
        assertEquals(List.of("saint-lucia"), fullIds("St Lucia protested."));
    }

    @Test
    void possessiveIsFlagged() {
        String s = "Mali’s decision";
        Mention m = gaz.findMentions(new Tokenizer().tokenize(s, 0, s.length())).get(0);
        assertTrue(m.possessive());
    }

    @Test
    void resolvesIdQidOrLabel() {
        assertEquals("Q1032", gaz.resolve("niger").orElseThrow().wikidata());
        assertEquals("niger", gaz.resolve("Q1032").orElseThrow().id());
        assertEquals("guinea-bissau", gaz.resolve("Guinea-Bissau").orElseThrow().id());
    }

    @Test
    void aNameQualifyingAPlaceACurrencyOrATopicIsNoState() {
        assertEquals(List.of("maldives"), fullIds("The Maldives, an Indian Ocean nation, protested."));
        assertEquals(List.of(), fullIds("Warships crossed the Taiwan Strait and the South China Sea."));
        assertEquals(List.of("honduras"), fullIds("Honduras asked for 2.45 billion U.S. dollars and US$ 300 million."));
        assertEquals(List.of("china"), fullIds("China said the Taiwan question was an internal affair."));
        // The same words as actors.
        assertEquals(List.of("india", "united-states", "taiwan"),
                fullIds("Indian troops met U.S. officials; Taiwan questioned the plan."));
    }

    @Test
    void securityServicesOfOneStateActForIt() {
        assertEquals(List.of("iran", "russia", "united-states"), fullIds("The IRGC, the FSB and the CIA said so."));
        assertEquals(List.of("iran"), fullIds("The Revolutionary Guards fired missiles."));
    }
}
