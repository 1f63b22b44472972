package org.diplokg.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.diplokg.extract.GeneralisationRulesTest.find;
import static org.diplokg.extract.GeneralisationRulesTest.keys;
import static org.diplokg.extract.GeneralisationRulesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 4 (branch extract4) mechanisms. Every sentence was written for the test, about other states than the
 * dev3 articles; traps must give nothing (or no accusation).
 */
class ReasonClauseRulesTest {

    @org.junit.jupiter.api.BeforeAll
    static void load() {
        GeneralisationRulesTest.load();
    }

    @Test
    void reasonClauseAfterALesserStepBlamesThePartner() {
        var cs = run("Peru recalled its ambassador to Russia on Monday, citing \"grave violations of international law\" in Ukraine.", "2024-05-08");
        assertEquals(Set.of("accuses peru russia"), keys(cs));
        assertEquals(LocalDate.of(2024, 5, 6), find(cs, "accuses peru russia").date());
        // A reason with no charge in it is no accusation.
        assertTrue(run("Peru recalled its ambassador to Russia, citing the need for consultations.", null).isEmpty());
    }

    @Test
    void reasonClauseNamesTheAgentOfTheCharge() {
        var cs = run("Ghana said it had taken the decision in light of \"the repeated shelling of border villages\" by Togo.", null);
        assertEquals(Set.of("accuses ghana togo"), keys(cs));
        assertEquals(org.diplokg.model.Topic.AGGRESSION, find(cs, "accuses ghana togo").topic());
        var sev = run("Chile broke off diplomatic relations with Peru in condemnation of the brutal Peruvian military offensive on the border.", null);
        assertEquals(Set.of("severs chile peru", "accuses chile peru"), keys(sev));
    }

    @Test
    void reasonClauseTraps() {
        // The agent is not a state: the protesters, not the partner, did it.
        assertEquals(Set.of("severs chile peru"), keys(run(
                "Chile cut diplomatic ties with Peru in protest at the bombing of its embassy by protesters.", null)));
        // A threatened act gives nothing.
        assertTrue(run("Chile threatened to recall its ambassador to Peru, citing violations of its airspace.", null).isEmpty());
        // The victim after "against" is not accused; a region is not the United States.
        assertEquals(Set.of("accuses chile peru"), keys(run(
                "Chile recalled its ambassador to Peru in protest at the aggression against Bolivia.", null)));
        assertTrue(keys(run("Chile recalled its ambassador to Peru in protest at its offensive, becoming the first Latin American country to do so.", null))
                .stream().noneMatch(k -> k.contains("united-states")));
    }

    @Test
    void coordinatedVerbAfterAReportedClauseTakesTheSpeaker() {
        var cs = run("Chilean Foreign Minister Ana Rojas told reporters on Friday that Bolivia had been pressured by Peruvian loans, and accused Peru of buying votes.", "2024-05-11");
        assertEquals(Set.of("accuses chile peru"), keys(cs));
        // A negation in the reported clause does not block the coordinated accusation.
        var neg = run("Japan's prime minister said on Monday that Japan would not give in, and accused North Korea of coercion.", null);
        assertEquals(Set.of("accuses japan north-korea"), keys(neg));
        assertEquals(org.diplokg.model.Topic.HOSTILITY, find(neg, "accuses japan north-korea").topic());
        // A negation in the same clause still blocks.
        assertTrue(run("Japan said on Monday it did not accuse North Korea of coercion.", null).isEmpty());
    }

    @Test
    void familyNameFirstOfficialsAreLearnt() {
        var cs = run("South Korea's Vice Foreign Minister Park Jin-ho spoke in Seoul on Monday. "
                + "At the same briefing, Park accused Japan of hostile provocations.", "2024-05-08");
        assertTrue(keys(cs).contains("accuses south-korea japan"), keys(cs).toString());
    }

    @Test
    void twoLetterSurnamesAreLearnt() {
        assertEquals(Set.of("severs taiwan nauru", "accuses taiwan china"),
                keys(run("In Taipei, Foreign Minister David Wu announced that the government was ending diplomatic "
                        + "relations with Nauru. Wu accused Beijing of luring its ally away.", null)));
        // Without the title the name is never tied to Taiwan.
        assertEquals(Set.of(), keys(run("Wu accused Beijing of luring its ally away.", null)));
    }

    @Test
    void farQuotedLabelsNeedTheActorsBreakInTheSentence() {
        var cs = run("Chile's President Ana Rojas announced on Monday that Chile would break off diplomatic relations with Peru, calling the government of President Luis Soto \"genocidal\".", "2024-05-08");
        assertTrue(keys(cs).contains("accuses chile peru"), keys(cs).toString());
        // A far label with no break and no state in the sentence is dropped.
        assertTrue(run("The Chilean government has called the election in May a \"sham\" after rivals were jailed.", null).stream()
                .noneMatch(c -> c.relation() == org.diplokg.model.Relation.ACCUSES));
        // "called on X to end its aggression" is a call, not a label: a demand to stop a wrong (GrievanceRules),
        // and no label reads "to end its" as what Peru was called.
        assertEquals(Set.of("accuses chile peru"), keys(run("Chile called on Peru to end its aggression.", null)));
        assertTrue(run("Chile called on Peru to end its talks.", null).isEmpty());
    }

    @Test
    void sameDayAndWithinHoursTakeThePreviousActsDay() {
        var cs = run("Fiji cut diplomatic ties with Tonga on Monday. Tonga announced the same day that it was ending relations with Fiji.", "2024-05-08");
        assertEquals(LocalDate.of(2024, 5, 6), find(cs, "severs tonga fiji").date());
    }

    @Test
    void backgroundEventDayIsNotTheActsDay() {
        var cs = run("Chile has broken off diplomatic relations with Peru, the first country to do so since the conflict began on March 3.", "2024-05-08");
        assertNull(find(cs, "severs chile peru").date());
    }

    @Test
    void yearInterleavedListsKeepEveryMember() {
        var cs = run("Chad in 2016 and Mali, Niger and Gabon in 2017 all broke off relations with Qatar.", null);
        assertEquals(Set.of("severs chad qatar", "severs mali qatar", "severs niger qatar", "severs gabon qatar"), keys(cs));
    }

    @Test
    void restorationDoesNotBlockTheBreak() {
        assertEquals(Set.of("severs chad libya"), keys(run(
                "Chad suspended relations with Libya in 1988, after the government of Niger restored ties with Tripoli.", null)));
        // A break later restored is still a break; the annotated splits count it every time.
        assertEquals(Set.of("severs chad libya"), keys(run("Chad suspended relations with Libya in 1988 but restored them in 1990.", null)));
    }

    @Test
    void nationOfXIsTheSubject() {
        var cs = run("The island nation of Tonga said on Monday it was cutting diplomatic ties with Fiji.", "2024-05-08");
        assertEquals(LocalDate.of(2024, 5, 6), find(cs, "severs tonga fiji").date());
    }

    @Test
    void aReasonOwnedByThePartnersOrNamingItsDoer() {
        assertEquals(Set.of("accuses venezuela argentina", "accuses venezuela chile", "accuses venezuela peru"),
                keys(run("Caracas withdrew its diplomats from Argentina, Chile and Peru, citing \"the interventionist "
                        + "actions\" of their governments.", null)));
        // "of" after an act of doing names the doer, not a victim.
        assertEquals(Set.of("accuses venezuela united-states"),
                keys(run("Caracas withdrew its diplomats from Argentina, Chile and Peru, citing \"the interventionist "
                        + "actions\" of Washington.", null)));
        // Trap: a victim after "of" still blames the partner.
        assertEquals(Set.of("accuses peru russia"),
                keys(run("Peru recalled its ambassador to Russia, citing \"grave violations\" of Ukraine's borders.", null)));
    }

    @Test
    void anAsideBetweenTheChargingVerbAndItsClause() {
        assertEquals(Set.of("accuses cuba united-states"),
                keys(run("Cuba's president called the claims slander and charged, in turn, that Washington was "
                        + "preparing an invasion of Venezuela.", null)));
    }

    @Test
    void aReportedChargeAgainstAGroupTheArticleJustListed() {
        assertEquals(Set.of("accuses pakistan india", "accuses pakistan bhutan", "accuses pakistan nepal"),
                keys(run("India, Bhutan and Nepal recognised the new state on Monday. Pakistan's foreign ministry said "
                        + "the three governments had \"committed an unfriendly act\" and had \"interfered in the internal "
                        + "affairs\" of Pakistan.", null)));
        // No charge in the clause, or no list to count: nothing.
        assertTrue(run("India, Bhutan and Nepal recognised the new state on Monday. Pakistan's foreign ministry said "
                + "the three governments had acted within their rights.", null).isEmpty());
        assertTrue(run("Pakistan's foreign ministry said the three governments had interfered in its affairs.", null).isEmpty());
    }

    @Test
    void whoReportedACitedChargeIsNotItsDoer() {
        assertEquals(Set.of("severs botswana north-korea", "accuses botswana north-korea"),
                keys(run("Botswana severed ties with Pyongyang in 2014, citing the grave human rights abuses documented "
                        + "by a UN commission of inquiry.", null)));
        // Abuses by others than the partner: no charge against it.
        assertEquals(Set.of("severs botswana north-korea"),
                keys(run("Botswana severed ties with Pyongyang in 2014, citing grave human rights abuses by rebels.", null)));
    }
}
