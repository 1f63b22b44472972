package org.diplokg.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.diplokg.extract.GeneralisationRulesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a clause starts and ends: abbreviations with dots, a list cut by a new clause's verb, the clause a
 * participle hangs on, rejecting verbs with a particle, and states a severance is said to follow. Sentences
 * written for the test, with traps; the rules alone.
 */
class ClauseReadingRulesTest {
    @BeforeAll
    static void load() {
        GeneralisationRulesTest.load();
    }

    private static Set<String> keys(String text) {
        return GeneralisationRulesTest.keys(run(text, "2024-06-12"));
    }

    @Test
    void dottedAbbreviationIsOneToken() {
        List<Token> t = new Tokenizer().tokenize("the U.S. and the U.N. met J. Smith in the U.S", 0, 45);
        assertEquals(List.of("the", "u.s.", "and", "the", "u.n.", "met", "j", ".", "smith", "in", "the", "u", ".", "s"),
                t.stream().map(Token::norm).toList());
        // The dot after "U" no longer ends the denial's clause before its noun.
        assertEquals(Set.of("accuses united-states iran", "denies iran united-states"),
                keys("The United States accused Iran of arming the Houthis. Iran rejected the U.S. accusation."));
    }

    @Test
    void aVerbAfterAndStartsANewClauseInAnObjectList() {
        assertEquals(Set.of("severs panama venezuela", "severs peru venezuela"),
                keys("In July, Panama suspended diplomatic relations with Caracas and Peru broke them off."));
        assertEquals(Set.of("severs israel bolivia"),
                keys("Israel cut ties with Bolivia and Chile recalled its ambassador from Tel Aviv."));
        // No verb after the second state: both are objects.
        assertEquals(Set.of("severs qatar canada", "severs qatar australia"),
                keys("Qatar cut ties with Canada and Australia last week."));
        // A subject list keeps its members before their verb.
        assertTrue(keys("Qatar was isolated after Saudi Arabia and Bahrain severed ties with it.")
                .containsAll(Set.of("severs saudi-arabia qatar", "severs bahrain qatar")));
        // After an opening clause, the comma ends the object list; what follows is the main clause's subject.
        Set<String> k = keys("After Saudi Arabia and Bahrain cut ties with Qatar, Egypt and the UAE followed.");
        assertTrue(k.containsAll(Set.of("severs saudi-arabia qatar", "severs egypt qatar")), k.toString());
        assertTrue(k.stream().noneMatch(x -> x.endsWith(" egypt") || x.endsWith(" united-arab-emirates")), k.toString());
    }

    @Test
    void aParticipleHangsOnTheNearestContrastedClause() {
        assertEquals(Set.of("accuses venezuela argentina"),
                keys("Brazil agreed to look after Argentina's embassy in Caracas, but in September Venezuela revoked"
                        + " that custody, accusing the Argentine mission of being used to plan \"terrorist activities\"."));
        // The main verb's denial does not reach the participle.
        assertEquals(Set.of("accuses ghana togo", "denies togo ghana", "accuses togo ghana"),
                keys("Ghana accused Togo of arming rebels, but Togo denied the charge, accusing Ghana of meddling in its affairs."));
        // Without a contrast the main clause's subject stays the accuser.
        assertEquals(Set.of("severs chad qatar", "accuses chad qatar"),
                keys("Chad cut ties with Qatar after talks in Libya, accusing Doha of backing rebels."));
    }

    @Test
    void whatTheEvidenceShowsIsTheSpeakersCharge() {
        Set<String> k = keys("Foreign Minister Dmytro Kuleba of Ukraine said on Friday that the missiles proved North Korea"
                + " had become \"an accomplice in Russia's aggression\".");
        assertTrue(k.contains("accuses ukraine russia"), k.toString());
        assertTrue(!k.contains("accuses north-korea russia"), k.toString());
    }

    @Test
    void rejectingWithAParticle() {
        assertEquals(Set.of("accuses taiwan china", "denies china taiwan"),
                keys("Taiwan accused China of dollar diplomacy. Chinese foreign ministry spokesman Lu Kang brushed the"
                        + " accusations aside on Tuesday."));
        assertEquals(Set.of("accuses united-states russia", "denies russia united-states"),
                keys("The United States accused Russia of hacking. Moscow's foreign ministry spokeswoman, Maria"
                        + " Zakharova, has waved away each new American claim as fakes."));
        // A particle without a charge is no denial.
        assertTrue(keys("The Chinese foreign ministry spokesman brushed off a question about the weather.").isEmpty());
    }

    @Test
    void aDemonstrativeClaimNounAnswersTheReportedCharge() {
        assertEquals(Set.of("accuses russia united-states", "denies united-states russia"),
                keys("Russia accused the United States of aggression. U.S. Ambassador Linda Thomas-Greenfield rejected"
                        + " that description outright."));
        // With no charge reported, "that description" answers nothing.
        assertTrue(keys("Chile rejected that description of the talks.").isEmpty());
    }

    @Test
    void statesABreakIsSaidToFollowTookTheSameStep() {
        assertEquals(Set.of("severs solomon-islands taiwan", "severs panama taiwan", "severs el-salvador taiwan",
                        "severs burkina-faso taiwan"),
                keys("Solomon Islands cut ties with Taiwan on Monday, following Panama, Burkina Faso and El Salvador."));
        assertEquals(Set.of("severs solomon-islands taiwan", "severs panama taiwan", "severs el-salvador taiwan"),
                keys("Solomon Islands switched recognition to Beijing on Monday. It is the third country to switch to"
                        + " Beijing since 2016, following Panama and El Salvador."));
        // A decision or a clause of its own is not a bare list.
        assertEquals(Set.of("severs bahrain qatar"), keys("Bahrain cut ties with Qatar, following Saudi Arabia's decision."));
        assertEquals(Set.of("severs egypt qatar", "accuses saudi-arabia qatar"),
                keys("Egypt cut ties with Qatar, after Saudi Arabia accused Doha of backing terrorism."));
        assertEquals(Set.of("severs solomon-islands taiwan"), keys("Solomon Islands cut ties with Taiwan, following Chinese pressure."));
    }

    @Test
    void aPronounAfterAnOpeningTimePhrase() {
        assertEquals(Set.of("severs nicaragua taiwan", "severs nicaragua netherlands"),
                keys("In December 2021 Nicaragua broke off relations with Taiwan. In 2022 it severed ties with the Netherlands."));
    }

    @Test
    void aStatesCovertAgentsBehindAnAttack() {
        assertEquals(Set.of("accuses united-kingdom russia"),
                keys("Britain said on Monday that Russian military intelligence was behind the attack."));
        assertEquals(Set.of("accuses united-kingdom iran"),
                keys("The Foreign Office said on Wednesday the UK had concluded that Iranian state-linked actors were"
                        + " \"almost certainly\" behind the July attacks."));
        // Agents as victims, or behind nothing harmful, are no charge.
        assertTrue(keys("Britain said on Monday that Russian intelligence officers had been attacked.").isEmpty());
        assertTrue(keys("Britain said that Russian military intelligence was behind schedule.").isEmpty());
    }

    /** Key and date ("-" when none) of each claim, for an article published on {@code published}. */
    private static Set<String> dated(String text, String published) {
        return run(text, published).stream()
                .map(c -> c.relation().code() + " " + c.actorId() + " " + c.targetId() + " " + (c.date() == null ? "-" : c.date()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aDateStaysOnItsSideOfAComma() {
        // The other clause's trigger is nearer to the date, but across the comma.
        assertTrue(dated("Bolivia broke off relations with Israel on October 31 last year, and Belize suspended its"
                + " ties in November.", "2024-05-02").contains("severs bolivia israel 2023-10-31"));
        // A participle after the comma shares its host clause's day.
        assertEquals(Set.of("severs albania iran 2022-09-07", "accuses albania iran 2022-09-07"),
                dated("Albania cut diplomatic ties with Iran on September 7, blaming Tehran for a July cyberattack.", "2022-10-07"));
        assertEquals(Set.of("severs chad qatar 2017-08-21", "accuses chad qatar 2017-08-21"),
                dated("Chad cut ties with Qatar on Monday, accusing Doha of backing rebels.", "2017-08-23"));
    }

    @Test
    void anOffsetFromTheSubjectsOwnDoingLeavesTheDayToTheSentence() {
        assertTrue(dated("On 15 November, three days after taking office, the government of Bolivia broke off relations"
                + " with Venezuela.", "2019-12-31").contains("severs bolivia venezuela 2019-11-15"));
        // An offset from another state's act still dates the claim from that act.
        assertTrue(dated("Burkina Faso cut ties with Taiwan on Thursday. China welcomed the step on Saturday, two days"
                + " after Burkina Faso said it was cutting ties.", "2018-05-27").contains("severs burkina-faso taiwan 2018-05-24"));
    }

    @Test
    void aDayThatNamesAnEventIsNotTheClaimsDay() {
        Set<String> k = dated("Jakarta suspended relations with Beijing in 1967, holding China responsible for backing the"
                + " abortive coup of September 30, 1965.", "1990-08-08");
        assertTrue(k.contains("accuses indonesia china -"), k.toString());
        // "on the morning of" is the claim's own day.
        assertTrue(dated("Mali cut ties with Ukraine on the morning of 4 August.", "2024-08-06")
                .contains("severs mali ukraine 2024-08-04"));
    }

    @Test
    void aDatelineWithAnApostropheInThePlaceNameGivesNoDay() {
        assertTrue(dated("NUKU'ALOFA, Nov 3 (Pacific Newswire) - Tonga switched diplomatic recognition from Taipei to"
                + " Beijing on Monday, ending 26 years of official ties with Taiwan.", "1998-11-03")
                .contains("severs tonga taiwan 1998-11-02"));
    }

    @Test
    void aTitleOfSeveralWordsTiesTheOfficialToTheClaimsState() {
        Set<String> k = keys("Foreign Minister David Lee told reporters on Tuesday that Taiwan was terminating relations"
                + " with Panama. At the same news conference, Lee charged that Beijing had lured Panama away with"
                + " promises of investment.");
        assertTrue(k.contains("accuses taiwan china"), k.toString());
        // With no claim of a single state in its sentence, the title teaches nothing.
        assertTrue(keys("Foreign Minister David Lee met reporters on Tuesday. Lee charged that Beijing had lured"
                + " Panama away.").isEmpty());
    }

    @Test
    void aRelativeClauseHangsOnTheStateBeforeIt() {
        // The antecedent is the subject even as the object of a preposition in the main clause.
        assertEquals(Set.of("severs georgia russia"),
                keys("That caution sets Ukraine apart from Georgia, which broke off relations with Russia in 2008."));
        // A possessive with its office, and a list before "which".
        assertEquals(Set.of("severs yemen iran"),
                keys("The envoy of Yemen's internationally recognised government, which broke off relations with"
                        + " Tehran in 2015, spoke next."));
        assertEquals(Set.of("severs bahrain iran", "severs sudan iran"),
                keys("They join Bahrain and Sudan, which severed relations with Iran on Monday."));
        // "which it blames": the relative clause has a subject of its own.
        assertEquals(Set.of(), keys("Algeria named the MAK, which it blames for the fires, a terrorist group."));
    }

    @Test
    void aPossessiveWithItsOfficeJoinsASubjectList() {
        assertEquals(Set.of("severs saudi-arabia qatar", "severs yemen qatar", "severs maldives qatar"),
                keys("Saudi Arabia cut ties with Qatar on Monday. Yemen's internationally recognised government and"
                        + " the Maldives followed later the same day."));
        // A possessive without an office is no member of the list.
        assertEquals(Set.of("severs saudi-arabia qatar", "severs maldives qatar"),
                keys("Saudi Arabia cut ties with Qatar on Monday. Yemen's closest ally and the Maldives followed"
                        + " later the same day."));
    }

    @Test
    void aVerbAfterAndSharesItsClausesSubject() {
        // Not the state inside the first verb's object.
        assertEquals(Set.of("accuses algeria morocco", "denies morocco algeria"),
                keys("In Rabat, foreign ministry spokesman Ahmed Tazi welcomed Gabon's \"wise choice\" on Monday and"
                        + " rejected Algeria's accusations."));
        // Not a state of the reported clause: the subject stands before the report verb.
        assertEquals(Set.of("accuses lithuania belarus"),
                keys("Lithuania's foreign minister Jonas Brazys said that Belarus had sent 4.1 million U.S. dollars to"
                        + " the militias and accused Minsk of \"state terrorism\"."));
        assertEquals(Set.of("severs chad sudan", "accuses chad sudan"),
                keys("Chad cut ties with Sudan and accused Khartoum of arming rebels."));
        // A state after ", and" opens a clause of its own.
        assertEquals(Set.of("severs gabon algeria", "accuses gabon algeria"),
                keys("Morocco welcomed the ruling, and Gabon cut ties with Algeria and accused it of hostility."));
    }

    @Test
    void inWhatItCalledTheSpeakerLabels() {
        assertEquals(Set.of("accuses cuba united-states"),
                keys("Cuba's army said Washington had sent spy planes over the island, in what it called"
                        + " \"an American provocation\"."));
        // The act is another state's: the reported clause's subject is its victim, not the one charged.
        assertEquals(Set.of("accuses canada togo"),
                keys("Canadian Prime Minister Anna Roy said Ghana had the right to protect itself"
                        + " \"against Togolese aggression\"."));
    }

    @Test
    void aChargeReportedWithItsDayOrABeliefFrame() {
        assertEquals(Set.of("accuses ghana togo"), keys("Ghana charged on Monday that Togo was smuggling weapons to rebels."));
        assertEquals(Set.of("accuses nigeria niger"),
                keys("Nigeria said on Tuesday that it believed Niger's junta was behind the attack."));
        // A possessive subject without the state's agents after it reports nothing.
        assertEquals(Set.of(), keys("Nigeria said on Tuesday that it believed Niger's weather was behind the delay."));
    }

    @Test
    void aPronounAfterAnOpeningPhraseIsTheOfficialJustNamed() {
        assertEquals(Set.of("accuses kenya somalia"),
                keys("Kenya's ambassador, Peter Kamau, spoke next. At the same session he accused Somalia of"
                        + " \"reckless provocation\"."));
        // A state named in the opening phrase leaves it open who "he" is.
        assertEquals(Set.of(), keys("Kenya's ambassador, Peter Kamau, spoke next. In Mogadishu he accused Ethiopia of"
                + " \"reckless provocation\"."));
    }

    @Test
    void aStatesPersonNamedAfterItsPossessiveIsTheSubject() {
        assertEquals(Set.of("accuses norway russia"),
                keys("Norway's Anna Berg said Russia's seizure of the dam was a breach of Ukraine's sovereignty."));
        // Trap: the possessive inside another noun phrase is no subject.
        assertEquals(Set.of(), keys("The report of Norway's Anna Berg said Russia's seizure of the dam was legal."));
    }
}
