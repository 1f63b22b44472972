package org.diplokg.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.diplokg.extract.GeneralisationRulesTest.keys;
import static org.diplokg.extract.GeneralisationRulesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Charges made by acting on a grievance ({@link GrievanceRules}), and the round-17 readings around them: the
 * object of "which he accused", "the Islamic Republic" after another Islamic Republic, a reporter's question
 * that names the accuser. Sentences written for the test; traps must give nothing.
 */
class GrievanceRulesTest {

    @BeforeAll
    static void load() {
        GeneralisationRulesTest.load();
    }

    @Test
    void takingAStateToCourtAccusesIt() {
        assertEquals(Set.of("accuses gambia myanmar"),
                keys(run("The Gambia filed a case against Myanmar at the World Court in November.", null)));
        assertEquals(Set.of("accuses ukraine russia"),
                keys(run("The genocide charge is central to the application Ukraine lodged against Russia in February.", null)));
        assertEquals(Set.of("accuses iran united-states"),
                keys(run("Tehran submitted its complaint charging Washington with economic warfare.", null)));
        // A case filed by nobody the sentence names, or against no state, accuses nobody.
        assertTrue(run("A case against the minister was filed in Lagos on Monday.", null).isEmpty());
    }

    @Test
    void aProtestForAnActAccuses() {
        assertEquals(Set.of("accuses guatemala china"),
                keys(run("Guatemala strongly protests against Beijing for \"stealing\" its allies with loans.", null)));
        // Without the grievance it may be a street protest.
        assertTrue(run("Students in Guatemala protested against Beijing on Monday.", null).isEmpty());
    }

    @Test
    void aDemandToStopAWrongAccuses() {
        assertEquals(Set.of("accuses india pakistan"),
                keys(run("India called on Pakistan \"to end the support it gives to terrorist groups\" on its soil.", null)));
        assertEquals(Set.of("accuses france russia"),
                keys(run("France urged Russia to stop its aggression against its neighbour.", null)));
        // Ending support for a school, or talks, is no wrong.
        assertTrue(run("India called on Pakistan to end the support it gives to a school in Lahore.", null).isEmpty());
        assertTrue(run("France urged Russia to end the talks by Friday.", null).isEmpty());
    }

    @Test
    void rejectingAnAttemptAtAWrongAccusesWhoAttempts() {
        assertEquals(Set.of("accuses nicaragua united-states"),
                keys(run("Nicaragua rejected the attempts of the United States to destabilise its government.", null)));
        assertEquals(Set.of("accuses serbia croatia"),
                keys(run("Serbia condemned Croatia's efforts to undermine the talks.", null)));
        // An attempt at something harmless is no charge.
        assertTrue(run("Serbia rejected Croatia's attempt to host the summit.", null).isEmpty());
    }

    @Test
    void rejectingAnAttemptToBlameIsADenial() {
        // The attempt to blame also tells the blame.
        assertEquals(Set.of("accuses united-states cuba", "denies cuba united-states"),
                keys(run("Cuba rejected the attempt by the United States to blame Havana for the attacks.", null)));
        assertEquals(Set.of("denies syria turkiye"),
                keys(run("Syria rejected Turkey's attempts to hold the Syrian army responsible.", null)));
    }

    @Test
    void aGroupThatReceivesHelpFromAStateIsTheSpeakersCharge() {
        assertEquals(Set.of("accuses mali algeria"),
                keys(run("Mali said the rebel coalition received support from Algeria.", null)));
        // A state's own aid is no charge, and a narrator's account is none.
        assertTrue(run("Mali said Niger received support from Algeria.", null).isEmpty());
        assertTrue(run("The rebel coalition received support from Algeria.", null).isEmpty());
    }

    @Test
    void theObjectOfWhichHeAccusedIsTheAntecedent() {
        assertEquals(Set.of("accuses bolivia chile", "accuses bolivia peru"),
                keys(run("Bolivian Foreign Minister Ana Vargas said the measure answered the statements of Chile and "
                        + "Peru, which she accused of interfering in the vote.", null)));
        assertEquals(Set.of("accuses bolivia chile", "accuses bolivia peru", "severs bolivia chile", "severs bolivia peru"),
                keys(run("Bolivia broke off relations with Chile and Peru. Bolivian Foreign Minister Ana Vargas said the "
                        + "step answered the statements of the two governments, which she accused of interfering.", null)));
    }

    @Test
    void theIslamicRepublicIsTheOneJustNamed() {
        assertEquals(Set.of("severs mauritania qatar"),
                keys(run("The Mauritanian foreign ministry said that the Islamic Republic was severing relations with Qatar.", null)));
        assertEquals(Set.of("severs iran saudi-arabia"),
                keys(run("The Islamic Republic severed relations with Saudi Arabia in January.", null)));
    }

    @Test
    void aReportersQuestionNamesTheAccuser() {
        var cs = run("Japan said China had spied on its bases. Asked about Tokyo's claims, Chinese foreign ministry "
                + "spokesman Lin Jian dismissed them as groundless.", null);
        assertTrue(keys(cs).contains("denies china japan"));
        // The claim a denial says is about the denier: not a denial of the state in it.
        var claim = run("South Korea signed a deal with Panama. China's foreign ministry dismissed the suggestion that "
                + "China had bought Panama's vote.", null);
        assertFalse(keys(claim).contains("denies china panama"));
    }

    @Test
    void aPrepositionEndsThePossessorsPhrase() {
        assertEquals(Set.of("accuses somalia kenya", "severs somalia kenya"),
                keys(run("Somalia severed relations with Kenya, accusing Nairobi of violations of Somalia's sovereignty "
                        + "and of meddling in its elections.", null)));
    }

    @Test
    void travelLinksDoNotHideTheDiplomaticBreak() {
        assertEquals(Set.of("severs bahrain qatar", "severs egypt qatar"),
                keys(run("Bahrain and Egypt severed diplomatic, trade and travel links with Qatar.", null)));
        assertTrue(run("Bahrain severed travel links with Qatar.", null).isEmpty());
    }
}
