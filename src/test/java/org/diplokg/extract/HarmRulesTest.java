package org.diplokg.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.diplokg.extract.GeneralisationRulesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Charges told by naming a state as the doer of harm in a speaker's words ({@link HarmRules}). Sentences written
 * for the test, with traps: a narrator's account, a victim after "of", a negation, a rejected charge, a decision
 * only criticised, a parenthetical speaker. The rules alone.
 */
class HarmRulesTest {
    @BeforeAll
    static void load() {
        GeneralisationRulesTest.load();
    }

    private static Set<String> accusations(String text) {
        return run(text, "2024-06-12").stream().filter(c -> c.relation().code().equals("accuses"))
                .map(c -> c.actorId() + " " + c.targetId()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aWrongActOwnedByAStateInQuotedWords() {
        assertEquals(Set.of("canada iran"),
                accusations("Canada's foreign minister said: \"Iran's attack on the tanker endangers shipping.\""));
        assertEquals(Set.of("peru chile"),
                accusations("Peru's president called the raid \"a cowardly massacre committed by Chile\"."));
        assertEquals(Set.of("egypt turkiye"),
                accusations("\"The real threat is the aggression of Turkey,\" the Egyptian foreign minister said."));
        // A demonym before the act, with the force that did it in between.
        assertEquals(Set.of("kuwait iraq"),
                accusations("Kuwait's emir said the Iraqi military invasion was a betrayal of Arab brotherhood."));
    }

    @Test
    void anActNotWrongInItselfNeedsTheSpeakersJudgementNearIt() {
        assertEquals(Set.of("norway russia"),
                accusations("Norway's prime minister said Russia's strike on the market was \"a war crime\"."));
        // A strike reported without judgement is no charge.
        assertEquals(Set.of(), accusations("The Pentagon said Israel's strikes on the depot were limited in scope."));
        // Condemning a decision is criticism, not a charge; condemning a harmful act is one.
        assertEquals(Set.of(), accusations("\"We deplore Albania's decision,\" Iran's foreign ministry said."));
        assertEquals(Set.of("japan north-korea"),
                accusations("Japan's defence minister said he condemned North Korea's missile launches and strikes."));
    }

    @Test
    void aStateAsTheSubjectOfAHarmfulVerb() {
        assertEquals(Set.of("bolivia united-states"),
                accusations("\"Washington is trying to engineer a coup in our country,\" the Bolivian government said."));
        assertEquals(Set.of("yemen iran"),
                accusations("Yemen's envoy said Iran continues to smuggle missiles to the militias."));
        // "organised" alone is no harm; with a coup as its object it is.
        assertEquals(Set.of(), accusations("Senegal's minister said Gambia organised the summit in Banjul."));
        assertEquals(Set.of("guinea mali"),
                accusations("Guinea's ministry said Mali had organised the coup attempt in Conakry."));
        // A leader's government stands for the state.
        assertEquals(Set.of("colombia venezuela"),
                accusations("Colombia's president said Maduro's government protects armed groups on its soil."));
    }

    @Test
    void victimsNegationsAndRejectedChargesAreNoCharge() {
        // "the invasion of Kuwait" names the victim; no doer is named.
        assertEquals(Set.of(), accusations("The U.S. president said the invasion of Kuwait was brutal."));
        // The passive subject is the victim.
        assertEquals(Set.of(), accusations("Georgia's minister said Armenia was attacked by gunmen near the border."));
        assertEquals(Set.of(), accusations("Pakistan's foreign office said India had never sponsored attacks."));
        assertEquals(Set.of(), accusations("Turkey's minister said it would respond if Greece attacked its vessels."));
        assertEquals(Set.of(),
                accusations("Israel's ministry rejected what it called the charge that Israel's strikes were criminal."));
        assertEquals(Set.of(), accusations("Iran, which avoided condemning Moscow's invasion, said it wanted talks."));
    }

    @Test
    void onlyASpeakerStatesWordsCharge() {
        // The narrator's account: no speaker.
        assertEquals(Set.of(), accusations("Russia's invasion of Ukraine in 2022 upended energy markets."));
        // "Ottawa, he said, was ...": the speaker is "he", not Ottawa, so Canada accuses nobody.
        assertEquals(Set.of(), accusations("Ottawa, he said, was acting in line with the hostile policy of Britain."));
        // The doer never accuses itself.
        assertEquals(Set.of(), accusations("Russia's defence ministry said Russia's strike destroyed an illegal depot."));
    }

    @Test
    void armedAgentsBackedByAState() {
        assertEquals(Set.of("iraq iran", "iraq syria"),
                accusations("Iraqi officials said the bombers were mercenaries financed by Syria and Iran."));
        assertEquals(Set.of("iran saudi-arabia"),
                accusations("Iran said the attackers belonged to a group \"funded and armed by Saudi Arabia\"."));
        // A group backs nothing harmful unless the speaker names an attack or terror.
        assertEquals(Set.of(), accusations("Iraqi officials said the relief group was backed by Kuwait."));
        assertEquals(Set.of(), accusations("Iraqi officials said the students were trained by Kuwait."));
    }

    @Test
    void moreJudgementsSpeechAndWeapons() {
        assertEquals(Set.of("norway russia"),
                accusations("Norway's foreign minister called Russia's shelling of the school \"the depths of depravity\"."));
        assertEquals(Set.of("netherlands russia"),
                accusations("The Dutch foreign ministry issued a statement saying Russia's deliberate strikes against "
                        + "civilians \"constitute war crimes\"."));
        assertEquals(Set.of("india pakistan"),
                accusations("The Indian Army said Pakistani troops had fired rockets at two forward posts."));
        // Trap: flares are no harmful object.
        assertEquals(Set.of(), accusations("The Indian Army said Pakistani troops had fired flares near two forward posts."));
        assertEquals(Set.of("sudan ethiopia"),
                accusations("Sudan's army said Ethiopian troops ambushed a patrol inside Sudanese territory."));
    }

    @Test
    void aLabelsDoerAfterByNotItsVictimInside() {
        assertEquals(Set.of("qatar israel"), accusations("Qatar's envoy condemned what he called \"the brutal aggression "
                + "against unarmed Lebanese civilians\" by Israeli forces."));
        assertEquals(Set.of("iran israel"), accusations("Iran's president called Israel \"a terror state\"."));
    }

    @Test
    void aQuotedWrongActWithItsDoerAfterTheQuotation() {
        assertEquals(Set.of("iran united-states"),
                accusations("Iran's spokesman said the visit was \"a pure provocation\" by the United States."));
        // Trap: no wrong act in the quotation.
        assertEquals(Set.of(), accusations("Iran's spokesman said the visit was \"a pure coincidence\" by the United States."));
        assertEquals(Set.of("cuba united-states"), accusations("Cuba's foreign minister condemned what he called "
                + "\"the imperialist attempt\" by Washington to topple the government."));
    }
}
