package org.diplokg.gdelt;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

import org.diplokg.ingest.InputException;
import org.diplokg.model.Actor;
import org.diplokg.model.Attestation;
import org.diplokg.model.Claim;
import org.diplokg.model.EventRecord;
import org.diplokg.model.Evidence;
import org.diplokg.model.Method;
import org.diplokg.model.Relation;
import org.diplokg.model.SourceDocument;
import org.diplokg.model.Topic;

/**
 * Maps one GDELT event row to an attestation, or to the reason it gives none.
 *
 * <ul>
 * <li>CAMEO 161 (reduce or break diplomatic relations) → severs; 112 and 1121–1125 (accuse) →
 * accuses, with a topic where the sub-code fits one (1123 aggression → aggression, 1125 espionage,
 * treason → sovereignty, 1121/1122/1124 → other; plain 112 says nothing, so no topic); 016 (deny
 * responsibility) → denies. Actor1 is the actor, Actor2 the target.</li>
 * <li>Actors through the CAMEO country codes to states ({@link CameoCountryMap}).</li>
 * <li>Claim date from {@code SQLDATE}; evidence source is the {@code SOURCEURL} as a news article,
 * method imported, with the event id and counts.</li>
 * </ul>
 *
 * <p>Confidence is a fixed {@value #CONFIDENCE}: GDELT codes events by machine from one article
 * and keeps no quote to check, and one evidence (claim, article) may stand for several GDELT
 * events with different counts, so a count-based value could not be one number per evidence.
 * {@code dk:numSources}/{@code dk:numArticles} stay on the evidence for readers who weigh them.
 *
 * <p>{@code GLOBALEVENTID}, {@code SQLDATE} and, on mapped rows, the counts must be well formed
 * in every row: a row that is not is bad input ({@link InputException}), not an unmapped row.
 */
public final class GdeltEventMapper {
    public static final double CONFIDENCE = 0.5;

    private static final Map<String, Relation> RELATIONS = Map.of(
            "161", Relation.SEVERS,
            "112", Relation.ACCUSES, "1121", Relation.ACCUSES, "1122", Relation.ACCUSES,
            "1123", Relation.ACCUSES, "1124", Relation.ACCUSES, "1125", Relation.ACCUSES,
            "016", Relation.DENIES);
    private static final Map<String, Topic> TOPICS = Map.of(
            "1121", Topic.OTHER, "1122", Topic.OTHER, "1123", Topic.AGGRESSION,
            "1124", Topic.OTHER, "1125", Topic.SOVEREIGNTY);

    private final CameoCountryMap countries;

    public GdeltEventMapper(CameoCountryMap countries) {
        this.countries = countries;
    }

    /** The outcome for one row: an attestation, or the reason there is none. */
    public record Result(Attestation attestation, UnmappedReason reason) {
        static Result mapped(Attestation a) { return new Result(a, null); }

        static Result unmapped(UnmappedReason r) { return new Result(null, r); }

        public boolean isMapped() { return attestation != null; }
    }

    public Result map(GdeltRow row) {
        long eventId = number(row, GdeltFormat.GLOBALEVENTID, "GLOBALEVENTID");
        LocalDate date = date(row);
        Relation relation = RELATIONS.get(row.eventCode());
        if (relation == null) return Result.unmapped(UnmappedReason.OTHER_EVENT_CODE);
        Actor actor = countries.state(row.actor1Country()).orElse(null);
        if (actor == null) return Result.unmapped(UnmappedReason.ACTOR1_NOT_STATE);
        Actor target = countries.state(row.actor2Country()).orElse(null);
        if (target == null) return Result.unmapped(UnmappedReason.ACTOR2_NOT_STATE);
        if (actor.id().equals(target.id())) return Result.unmapped(UnmappedReason.SAME_STATE);
        String url = row.sourceUrl().trim();
        if (url.isEmpty()) return Result.unmapped(UnmappedReason.NO_SOURCE_URL);
        if (!isHttpIri(url)) return Result.unmapped(UnmappedReason.BAD_SOURCE_URL);

        EventRecord event = new EventRecord(eventId,
                (int) number(row, GdeltFormat.NUM_SOURCES, "NumSources"),
                (int) number(row, GdeltFormat.NUM_ARTICLES, "NumArticles"));
        SourceDocument source = new SourceDocument(null, url, null, null, null, null);
        Evidence evidence = new Evidence(source, null, null, null, Method.IMPORTED, CONFIDENCE, event);
        Claim claim = new Claim(relation, actor.id(), target.id(), date);
        Topic topic = relation == Relation.ACCUSES ? TOPICS.get(row.eventCode()) : null;
        return Result.mapped(new Attestation(claim, topic, evidence, true, null, row.origin()));
    }

    /**
     * An absolute http(s) IRI without the characters RFC 3987 forbids: anything else would be a
     * broken IRI in the store and in N-Quads exports.
     */
    static boolean isHttpIri(String url) {
        if (!(url.startsWith("http://") || url.startsWith("https://")) || url.length() <= 8) return false;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|'
                    || c == '\\' || c == '^' || c == '`' || c == 0x7f || c == '\uFFFD')
                return false;
        }
        return true;
    }

    private static long number(GdeltRow row, int column, String name) {
        String text = row.field(column);
        try {
            long n = Long.parseLong(text);
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new InputException(at(row, column), name + ": '" + text + "' is not a non-negative integer");
        }
    }

    private static LocalDate date(GdeltRow row) {
        String text = row.field(GdeltFormat.SQLDATE);
        try {
            if (text.length() != 8) throw new NumberFormatException();
            int ymd = Integer.parseInt(text);
            return LocalDate.of(ymd / 10000, ymd / 100 % 100, ymd % 100);
        } catch (NumberFormatException | DateTimeException e) {
            throw new InputException(at(row, GdeltFormat.SQLDATE), "SQLDATE: '" + text + "' is not a date YYYYMMDD");
        }
    }

    private static org.diplokg.model.InputLocation at(GdeltRow row, int column) {
        return new org.diplokg.model.InputLocation(row.origin().file(), row.origin().line(), column + 1);
    }
}
