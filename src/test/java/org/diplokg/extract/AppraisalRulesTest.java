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
 * Round 6: claims made by judging an act, acts named only by their kind ("the strike", "the decision"),
 * charges in the passive, and denials that describe. Every sentence was written for this test.
 */
class AppraisalRulesTest {

    @BeforeAll
    static void load() {
        GeneralisationRulesTest.load();
    }

    @Test
    void judgingAnotherStatesActAccusesIt() {
        var cs = run("Ghana said Togo's border closures were \"reckless and destabilising\".", "2022-03-02");
        assertEquals(Set.of("accuses ghana togo"), keys(cs));
    }

    @Test
    void theOwnerOfWhatWasHarmedIsNotAccused() {
        // Togo's sovereignty was harmed; Togo's ship was the victim: neither makes Togo the accused.
        assertTrue(run("Ghana said the incident was a violation of Togo's sovereignty.", "2022-03-02").isEmpty());
        assertTrue(run("Ghana said Togo's patrol boat was attacked by pirates.", "2022-03-02").isEmpty());
        assertTrue(run("Ghana said Togo's reforms were not illegal.", "2022-03-02").isEmpty());
    }

    @Test
    void theStrikeIsWhoeverTheArticleSaidStruck() {
        var cs = run("A Chadian air strike hit a village in the Central African Republic on Monday. On Tuesday the "
                + "Central African government condemned the strike as \"a flagrant violation of our sovereignty\".",
                "2021-06-02");
        assertTrue(keys(cs).contains("accuses central-african-republic chad"), keys(cs).toString());
    }

    @Test
    void anActNamedOnlyByItsKindNeedsAKnownDoer() {
        assertTrue(run("On Tuesday the Central African government condemned the strike as \"a flagrant violation of "
                + "our sovereignty\".", "2021-06-02").isEmpty());
    }

    @Test
    void theDecisionIsTheBreakAgainstTheSpeaker() {
        var cs = run("Guatemala severed diplomatic relations with Belize on Monday. Belize's foreign ministry called "
                + "the decision \"an act of hostility\".", "2023-04-05");
        assertTrue(keys(cs).contains("accuses belize guatemala"), keys(cs).toString());
        // The speaker's own decision is not judged ("had taken the decision to protect ..."), so its partner in the
        // break is not accused either.
        var own = run("Latvia and Lithuania cut diplomatic ties with Belarus on Monday. Latvia said it had taken the "
                + "decision to protect its people from terrorism.", "2022-09-06");
        assertFalse(keys(own).contains("accuses latvia lithuania"), keys(own).toString());
    }

    @Test
    void theDecisionByTheThreeCountriesHasNoBasis() {
        var cs = run("Latvia, Lithuania and Estonia cut diplomatic ties with Belarus on Monday. Belarus said the "
                + "decision by the three countries was unjustified and based on \"claims that have no basis\".",
                "2022-09-06");
        assertTrue(keys(cs).containsAll(Set.of("denies belarus latvia", "denies belarus lithuania", "denies belarus estonia")),
                keys(cs).toString());
    }

    @Test
    void aPassiveChargeAccusesTheDoerInTheByPhrase() {
        var cs = run("Sweden said on Monday that the cable had been sabotaged by a Chinese vessel.", "2024-11-25");
        assertEquals(Set.of("accuses sweden china"), keys(cs));
        assertTrue(run("Sweden said on Monday that the cable had not been sabotaged by a Chinese vessel.", "2024-11-25")
                .isEmpty());
    }

    @Test
    void describingDenialsAnswerTheAccusationAgainstTheSpeaker() {
        String charge = "Kenya accused Uganda on Monday of arming rebels. ";
        for (String denial : new String[]{"Uganda said it had nothing to do with the rebels.",
                "Uganda insisted it was not involved.", "Uganda said the Kenyan claims were \"a big lie\".",
                "Uganda said the clashes had been started by bandits, not by the Ugandan army.",
                // Round 9: the speaker naming itself, and "no link", "never interfered".
                "Uganda's foreign minister said Uganda had nothing to do with the rebels.",
                "Uganda said it had no link with the rebels.", "Uganda said it had never interfered in Kenya."}) {
            var cs = run(charge + denial, "2024-02-14");
            assertTrue(keys(cs).contains("denies uganda kenya"), denial + " -> " + keys(cs));
        }
    }

    @Test
    void noEvidenceDeniesTheChargeOfTheStateThatGaveNone() {
        // Round 11: the state said to have given no evidence is the accuser, charge reported or not.
        assertEquals(Set.of("accuses united-states south-africa", "denies south-africa united-states"),
                keys(run("Washington accused Pretoria of arming Russia. South Africa said the United States had provided "
                        + "no evidence to support the allegation.", "2024-02-14")));
        assertEquals(Set.of("denies south-africa united-states"),
                keys(run("South Africa said Washington had offered no proof.", "2024-02-14")));
        // Without a charge against the speaker and with no state named, nothing is denied.
        assertTrue(run("Britain said there was no evidence that the ship had been attacked.", "2024-02-14").isEmpty());
        // "said it was not interfering": a disowning, like "never interfered".
        assertTrue(keys(run("Iran accused the United States of meddling. Washington said the United States was not "
                + "interfering in Iran's affairs.", "2024-02-14")).contains("denies united-states iran"));
    }

    @Test
    void aDescribingDenialWithNoReportedAccusationNamesNoOne() {
        // Without an accusation against Uganda, the other state in the sentence is not the accuser.
        var cs = run("Uganda said it had nothing to do with the unrest in Kenya.", "2024-02-14");
        assertTrue(cs.isEmpty(), keys(cs).toString());
    }

    @Test
    void aLabelledClaimNamesItsAuthors() {
        // No accusation is reported: the authors named with the claim are the accusers.
        assertEquals(Set.of("denies serbia croatia", "denies serbia slovenia"), keys(run("Serbia's envoy told the council "
                + "that the charges made by Zagreb and Ljubljana were \"lies\".", "2024-02-14")));
        assertEquals(Set.of("denies serbia croatia"), keys(run("Serbia's foreign ministry protested against what it called "
                + "Croatia's \"unfounded and false\" accusations.", "2024-02-14")));
        assertEquals(Set.of("denies serbia croatia"), keys(run("Serbia protested against what it called the \"baseless\" "
                + "Croatian allegations.", "2024-02-14")));
        // A label for something else is no denial.
        assertTrue(run("Serbia said the false flags made by Croatia were a provocation.", "2024-02-14").isEmpty());
    }

    @Test
    void pluralClaimsAnswerEveryRecentAccuser() {
        var cs = run("Poland accused Belarus on Monday of pushing migrants across the border. Lithuania also accused "
                + "Belarus of orchestrating the crossings. Belarus said the Western claims were \"a lie\".", "2021-11-10");
        assertTrue(keys(cs).containsAll(Set.of("denies belarus poland", "denies belarus lithuania")), keys(cs).toString());
    }

    @Test
    void criticisingRemarksIsNoChargeUnlessTheyAreCalledInterference() {
        assertTrue(run("Hungary said Romania's remarks were \"irresponsible\".", "2023-03-01").isEmpty());
        assertEquals(Set.of("accuses hungary romania"),
                keys(run("Hungary said Romania's remarks were \"interference in our internal affairs\".", "2023-03-01")));
    }

    @Test
    void aSeatOfGovernmentSpeaksForItsState() {
        var cs = run("The Kremlin said on Monday that Finland's decision was \"a hostile act\".", "2023-04-04");
        assertEquals(Set.of("accuses russia finland"), keys(cs));
    }

    @Test
    void aNewsAdjectiveNamesTheSpeakerAndTheClaimsOwnerIsTheAccuser() {
        // "Philippine" is not among the source demonyms (only "Filipino"); the gazetteer adds it.
        var cs = run("The Philippine foreign ministry said China's version of events was \"deceptive and misleading\".",
                "2024-06-18");
        assertEquals(Set.of("denies philippines china"), keys(cs));
    }
}
