package org.diplokg.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.diplokg.extract.GeneralisationRulesTest.keys;
import static org.diplokg.extract.GeneralisationRulesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Breaks that refer back to relations the sentence already named ("suspended them", "did so"), and states
 * that only count as actors in the right context ("Washington itself"). Sentences written for the test;
 * traps must give nothing.
 */
class BreakReferenceRulesTest {

    @BeforeAll
    static void load() {
        GeneralisationRulesTest.load();
    }

    @Test
    void themIsTheRelationsNamedBefore() {
        assertEquals(Set.of("severs ecuador israel", "severs peru israel"),
                keys(run("Ecuador broke off relations with Israel in May and Peru suspended them in June.", null)));
        assertEquals(Set.of("severs gabon morocco"),
                keys(run("Morocco and Gabon have had no diplomatic relations since Libreville ended them in 1999.", null)));
        assertEquals(Set.of("severs latvia belarus"),
                keys(run("Latvia froze relations with Belarus in 2020 and formally ended them a year later.", null)));
    }

    @Test
    void themTraps() {
        // No relations named before: "them" is something else.
        assertTrue(run("Niger cut them off from the aid programme.", null).isEmpty());
        // A pair of three is not the pair that had the relations.
        assertTrue(run("Chile, Peru and Bolivia discussed relations after Lima suspended them.", null).isEmpty());
        // Negated in its own clause.
        assertTrue(run("Ecuador has relations with Israel and has not suspended them.", null).isEmpty());
    }

    @Test
    void didSoRepeatsABreakNamedBefore() {
        assertEquals(Set.of("severs gambia taiwan", "severs liberia taiwan"),
                keys(run("The Gambia ended ties with Taipei in 2013, and Liberia did so a year later.", null)));
        // "did so" after a charge, a recall or nothing at all is no break.
        assertEquals(Set.of("accuses iraq turkiye"),
                keys(run("Iraq accused Turkey of shelling the border, and Syria did so too.", null)));
        assertTrue(run("Kuwait recalled its ambassador from Iran, and Qatar did so the next day.", null).isEmpty());
        assertTrue(run("Few governments did so in 2019.", null).isEmpty());
    }

    @Test
    void aParticipleBreakBelongsToTheMainSubject() {
        assertEquals(Set.of("severs kiribati taiwan"),
                keys(run("Kiribati has switched recognition from Taipei to Beijing, President Taneti Maamau confirmed on Friday, "
                        + "ending 16 years of ties with Taiwan.", null)));
    }

    @Test
    void politicalAndDiplomaticRelations() {
        assertEquals(Set.of("severs colombia venezuela"),
                keys(run("Colombia broke off political and diplomatic relations with Venezuela in 2019.", null)));
        assertTrue(run("Colombia broke off political and trade talks with Venezuela.", null).isEmpty());
    }

    @Test
    void anAmbiguousCapitalActsThroughAnAdverbOrARelativeClause() {
        assertEquals(Set.of("severs united-states cuba"),
                keys(run("Washington itself broke off relations with Havana in 1961.", null)));
        assertEquals(Set.of("severs united-states taiwan"),
                keys(run("Washington, which switched its recognition from Taipei to Beijing in 1979, said nothing.", null)));
        // The US state or the city, with no verb of a government after it.
        assertTrue(run("Protesters in Washington state broke windows.", null).isEmpty());
    }

    @Test
    void followingSuitFollowsTheBreakNotTheAnswerToIt() {
        // Taiwan's answer reverses the Dominican break; Honduras joins the Dominican Republic, not Taiwan.
        assertEquals(Set.of("severs dominican-republic taiwan", "severs taiwan dominican-republic", "severs honduras taiwan"),
                keys(run("The Dominican Republic cut ties with Taiwan on May 1; Taiwan terminated ties with Santo "
                        + "Domingo the same day. Honduras followed in late May.", "2024-06-12")));
    }

    @Test
    void aRepeatedStepMayNameItsPartner() {
        // Round 11: "the same step against X" is a break with X, by whoever took it, the first breaker too.
        assertEquals(Set.of("severs china chad", "severs china senegal"), keys(run("China suspended relations with Chad "
                + "in August. Beijing took the same step against Senegal in January.", null)));
        assertEquals(Set.of("severs china chad", "severs china senegal"), keys(run("China suspended relations with Chad "
                + "in August. Senegal was next: Beijing took the same step against Dakar in January.", null)));
        // Without a partner it still repeats the earlier break, by another state.
        assertEquals(Set.of("severs china chad", "severs taiwan chad"), keys(run("China suspended relations with Chad "
                + "in August. Taiwan took the same step in September.", null)));
    }

    @Test
    void theSameSwitchRepeatsTheLastSwitchOfRecognition() {
        // Taiwan's answer to Grenada's switch is the latest break, but "the same switch" leaves Taiwan too.
        assertEquals(Set.of("severs taiwan grenada", "severs grenada taiwan", "severs dominica taiwan"),
                keys(run("Taiwan ended ties with Grenada in January after Grenada switched recognition from Taipei to "
                        + "Beijing. Dominica made the same switch last March.", null)));
    }

    @Test
    void aBareFollowedMayTakeLastOrEarlier() {
        assertEquals(Set.of("severs senegal israel", "severs tanzania israel"),
                keys(run("Senegal cut diplomatic ties with Israel on Monday. Tanzania followed last week.", null)));
        assertEquals(Set.of("severs senegal israel", "severs tanzania israel"),
                keys(run("Senegal cut diplomatic ties with Israel on Monday. Tanzania followed earlier this month.", null)));
        // Following a leader's talks or a speech is no break.
        assertEquals(Set.of("severs senegal israel"),
                keys(run("Senegal cut diplomatic ties with Israel on Monday. Tanzania followed the talks closely.", null)));
    }

    @Test
    void aBreakWithoutPartnerTakesTheOneTheSentenceImplies() {
        // The clause that caused the break names the partner.
        assertEquals(Set.of("severs china nauru"),
                keys(run("Nauru recognised Taipei in 2005, prompting Beijing to suspend relations.", null)));
        assertEquals(Set.of(), keys(run("Nauru recognised Taipei in 2005, prompting Beijing to protest.", null)));
        // A colon's lead names the relations; "them" is those relations, not the repeated bare noun.
        assertEquals(Set.of("severs ecuador nicaragua", "severs peru nicaragua", "severs chile nicaragua"),
                keys(run("Several states have cut ties with Nicaragua: Ecuador severed relations in April, Peru"
                        + " suspended them in May and Chile followed.", null)));
    }

    @Test
    void theStateABreakSidesWithIsNoPartner() {
        assertEquals(Set.of(), keys(run("Yemen said it was cutting ties \"in solidarity with the kingdom\" after the attack.",
                null)).stream().filter(k -> k.endsWith("saudi-arabia")).collect(java.util.stream.Collectors.toSet()));
        assertEquals(Set.of("severs yemen iran"),
                keys(run("Yemen cut ties with Iran \"in solidarity with the kingdom\" after the attack.", null)));
    }

    @Test
    void listedBreakersShareThePartnerNotEachOther() {
        // Each state with a relative clause of its own is another breaker; the partner is the article's.
        assertEquals(Set.of("severs chad qatar", "severs niger qatar", "severs mali qatar"),
                keys(run("Chad broke off relations with Qatar on Monday. It joins Niger, which cut ties in June, "
                        + "and Mali, which did so in July.", "2024-06-12")));
        // Another break in the same sentence names the partner the listed states share.
        assertEquals(Set.of("severs nauru taiwan", "severs tuvalu taiwan"),
                keys(run("Kiribati is the second ally Taipei has lost this year, after Nauru, which switched "
                        + "recognition to Beijing in January, and Tuvalu, which broke off ties in March.", "2024-06-12")));
        // Trap: the state a switch goes to is no sibling of the switching one.
        assertEquals(Set.of("severs gambia taiwan", "severs china gambia"),
                keys(run("Gambia switched recognition to Beijing in 2016, the same Gambia from which China had "
                        + "suspended relations in 1995.", "2024-06-12")));
    }

    @Test
    void aRuptureAStateOwnsAndARelationshipEnded() {
        assertEquals(Set.of("severs qatar egypt", "severs jordan egypt"),
                keys(run("Qatar cut ties with Egypt on Sunday. Jordan announced its own rupture hours later.", "2024-06-12")));
        assertEquals(Set.of("severs qatar egypt"),
                keys(run("Qatar cut ties with Egypt on Sunday. Jordan announced its own plan hours later.", "2024-06-12")));
        assertEquals(Set.of("severs gabon taiwan"), keys(run("Gabon ended its relationship with Taipei in 1974.", null)));
        assertTrue(run("Gabon ended its trade relationship with Taipei in 1974.", null).isEmpty());
    }

    @Test
    void theRulersSeatedInACapitalAndAnOfficialsOwnGovernment() {
        assertEquals(Set.of("severs iran egypt"),
                keys(run("In 1980 the new authorities in Tehran cut off relations with Egypt.", null)));
        // Trap: an embassy in a capital is no government seated there.
        assertEquals(Set.of("severs egypt iraq"),
                keys(run("The embassy in Tehran said Egypt had cut relations with Iraq in 1980.", null)));
        // An official the article never tied to a state speaks for the state it was just about.
        assertEquals(Set.of("severs gabon chad"),
                keys(run("Gabon went further than its neighbours on Monday. President Jean Mba told reporters that "
                        + "his government was suspending diplomatic relations with Chad.", "2024-06-12")));
        assertTrue(run("President Jean Mba told reporters that his government was suspending diplomatic relations "
                + "with Chad.", "2024-06-12").isEmpty());
    }

    @Test
    void aBreakJoinedToAnInfinitiveSharesItsMood() {
        assertTrue(run("Parliament will debate a motion calling on the government to expel Israel's ambassador and cut "
                + "all diplomatic relations with Israel.", null).isEmpty());
        assertEquals(Set.of("severs chile israel"),
                keys(run("Chile decided to expel Israel's ambassador and cut all diplomatic relations with Israel.", null)));
    }

    @Test
    void aPartnerNamedWithAJudgementIsCharged() {
        assertEquals(Set.of("severs bolivia israel", "accuses bolivia israel"),
                keys(run("Bolivia broke diplomatic relations with the genocidal government of Israel.", null)));
        assertEquals(Set.of("severs bolivia israel"),
                keys(run("Bolivia broke diplomatic relations with the government of Israel.", null)));
    }

    @Test
    void longerWordingsOfTheRelationsBroken() {
        assertEquals(Set.of("severs kiribati taiwan"),
                keys(run("Kiribati severed the so-called \"diplomatic relations\" with Taiwan on Friday.", null)));
        assertEquals(Set.of("severs tonga taiwan"), keys(run("Tonga ended its 26-year relationship with Taipei on Monday.", null)));
        // An auxiliary between "and" and the verb: the clause's subject, not the state the first verb names.
        assertEquals(Set.of("severs kiribati taiwan"),
                keys(run("Kiribati announced that it would no longer recognise Taiwan as a country and was severing "
                        + "diplomatic relations with Taipei.", null)));
    }

    @Test
    void theStateThatBrokeWithThisOneIsItsPartner() {
        assertEquals(Set.of("severs kiribati taiwan", "severs taiwan kiribati"),
                keys(run("Kiribati said it was severing diplomatic relations with Taipei. Taiwan's deputy foreign "
                        + "minister told reporters that Taipei was ending ties first.", null)));
        // A partner the sentence names wins.
        assertEquals(Set.of("severs kiribati taiwan", "severs taiwan honduras"),
                keys(run("Kiribati said it was severing diplomatic relations with Taipei. Taiwan's deputy foreign "
                        + "minister told reporters that Taipei was ending ties with Honduras first.", null)));
        // Trap: no break at all.
        assertTrue(run("Finland has not expelled any Russian diplomats, and nobody in the coalition is talking about "
                + "breaking off relations with Moscow.", null).isEmpty());
    }

    @Test
    void accordsCallsStudiesAndUnrecognisedAuthoritiesBreakNothing() {
        // A capital naming an accord is no actor: the subject is Mauritania.
        assertEquals(Set.of("severs mauritania algeria"),
                keys(run("Mauritania, linked to Rabat by the Madrid Agreement, also broke off its relations with Algiers.", null)));
        assertTrue(run("Mauritania has resisted calls from its opposition parties to cut ties with Israel.", null).isEmpty());
        assertEquals(Set.of("severs spain mali"),
                keys(run("Spain cut ties with Mali. A government source in Nouakchott said that Mauritania was "
                        + "\"studying\" a similar step.", null)));
        assertTrue(run("In eastern Libya, the administration that is not recognised by the United Nations said it was "
                + "cutting ties with Qatar.", null).isEmpty());
        // A recognised government still breaks.
        assertEquals(Set.of("severs libya qatar"),
                keys(run("In Tripoli, the government recognised by the United Nations said it was cutting ties with "
                        + "Qatar.", null)));
    }
}
