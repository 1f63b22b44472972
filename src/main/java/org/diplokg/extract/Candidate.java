package org.diplokg.extract;

import org.diplokg.model.Relation;
import org.diplokg.model.Topic;

import java.util.ArrayList;
import java.util.List;

/**
 * A claim found by a sentence rule before article-level resolution (missing actor or target,
 * coreference, dates). Mutable on purpose: the {@link Extractor} fills it in.
 */
final class Candidate {
    /** How a missing target may be filled in from context. */
    enum TargetHint { NONE, PRONOUN, LINK_ACCUSER,
        /** Only an accusation against the actor that the article reports names the target. */
        ANSWERED_ONLY,
        /** "accused the three governments": the {@link #groupSize} states the article has just named together. */
        GROUP,
        /** "accused the junta of": the state the article tied that body ({@link #body}) to, if any. */
        BODY }

    final Relation relation;
    final int trigger;
    final String rule;
    List<String> actors;
    List<String> targets;
    Topic topic;
    Topic answersTopic;
    double confidence;
    boolean similarStep;
    /** "followed Riyadh": the state whose break this one repeats, when named. */
    String leader;
    boolean noDate;
    TargetHint hint = TargetHint.NONE;
    int groupSize;
    /** The noun of a {@link TargetHint#BODY} target: "junta", "regime". */
    String body;
    java.time.LocalDate date;
    boolean dateFromText;
    DateMention dateMention;
    java.time.MonthDay monthDay;

    Candidate(Relation relation, int trigger, String rule, List<String> actors, List<String> targets, double confidence) {
        this.relation = relation;
        this.trigger = trigger;
        this.rule = rule;
        this.actors = new ArrayList<>(actors);
        this.targets = new ArrayList<>(targets);
        this.confidence = confidence;
    }

    /** Some candidate in {@code cands} has {@code relation}. */
    static boolean covered(List<Candidate> cands, Relation relation) {
        for (Candidate c : cands) if (c.relation == relation) return true;
        return false;
    }

    /** Some candidate in {@code cands} has {@code relation} against {@code target}: a rule found that claim already. */
    static boolean covered(List<Candidate> cands, Relation relation, String target) {
        for (Candidate c : cands) if (c.relation == relation && c.targets.contains(target)) return true;
        return false;
    }

    /** The same claim, by the same sentence and cue, for other actors and targets: topic and date come along. */
    Candidate copyFor(String rule, List<String> actors, List<String> targets, double confidence) {
        Candidate c = new Candidate(relation, trigger, rule, actors, targets, confidence);
        c.topic = topic;
        c.answersTopic = answersTopic;
        c.date = date;
        c.dateFromText = dateFromText;
        c.dateMention = dateMention;
        c.monthDay = monthDay;
        c.noDate = noDate;
        return c;
    }
}
