package org.diplokg.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplokg.model.Actor;
import org.diplokg.model.Attestation;
import org.diplokg.model.Claim;
import org.diplokg.model.Evidence;
import org.diplokg.model.InputLocation;
import org.diplokg.model.Method;
import org.diplokg.model.Relation;
import org.diplokg.model.SourceDocument;
import org.diplokg.model.Topic;

/**
 * Reads a claims CSV file into {@link Attestation}s, checking every field against the actor
 * table and the source manifest.
 *
 * <p>The curated format is {@code relation,actor,target,date,topic,source,quote,status,note}.
 * The extractor's output is accepted as it is: {@code source_file}/{@code source_url} may stand
 * for {@code source}, and {@code actor_wikidata}, {@code target_wikidata}, {@code start},
 * {@code end}, {@code confidence}, {@code method} are understood.
 */
public final class ClaimCsvReader {
    static final Set<String> REQUIRED = Set.of("relation", "actor", "target", "date", "quote");
    static final Set<String> ALLOWED = Set.of("relation", "actor", "target", "date", "topic", "source",
            "quote", "status", "note", "source_file", "source_url", "actor_wikidata", "target_wikidata",
            "start", "end", "confidence", "method");

    private final ActorTable actors;
    private final SourceTable sources;

    public ClaimCsvReader(ActorTable actors, SourceTable sources) {
        this.actors = actors;
        this.sources = sources;
    }

    /** Reads every row of a claims file; the first bad row stops the read with an {@link InputException}. */
    public List<Attestation> read(Path file) {
        CsvTable table = CsvTable.open(file, REQUIRED, ALLOWED);
        if (!table.hasColumn("source") && !table.hasColumn("source_file") && !table.hasColumn("source_url"))
            throw new InputException(new InputLocation(table.fileName(), 1, 0),
                    "missing column 'source' in header (or 'source_file'/'source_url')");
        List<Attestation> rows = new ArrayList<>();
        table.forEachRow(row -> rows.add(toAttestation(row)));
        return rows;
    }

    private Attestation toAttestation(CsvTable.Row row) {
        String relationText = row.require("relation");
        Relation relation = Relation.fromCode(relationText);
        if (relation == null)
            throw row.error("relation", "unknown relation '" + relationText + "'; expected severs, accuses or denies");

        Actor actor = actor(row, "actor", "actor_wikidata");
        Actor target = actor(row, "target", "target_wikidata");
        if (actor.id().equals(target.id()))
            throw row.error("target", "actor and target are the same ('" + actor.id() + "')");

        LocalDate date = null;
        String dateText = row.get("date");
        if (dateText != null) {
            try {
                date = Dates.parseIsoDate(dateText);
            } catch (DateTimeParseException e) {
                throw row.error("date", "invalid date '" + dateText + "', expected yyyy-mm-dd (a real calendar day)");
            }
        }

        Topic topic = null;
        String topicText = row.get("topic");
        if (topicText != null) {
            topic = Topic.fromCode(topicText);
            if (topic == null)
                throw row.error("topic", "unknown topic '" + topicText + "'; expected terrorism, aggression, sovereignty, hostility or other");
            if (relation != Relation.ACCUSES)
                throw row.error("topic", "a topic applies only to accusations, not to '" + relation.code() + "'");
        }

        SourceDocument source = source(row);
        boolean accepted = status(row);
        Method method = method(row);
        double confidence = confidence(row, method);
        Evidence evidence = evidence(row, source, method, confidence);

        return new Attestation(new Claim(relation, actor.id(), target.id(), date), topic, evidence,
                accepted, row.get("note"), row.location());
    }

    private Actor actor(CsvTable.Row row, String column, String qidColumn) {
        String value = row.get(column);
        String qid = row.get(qidColumn);
        if (value == null && qid == null)
            throw new InputException(row.location(column), "empty required field '" + column + "'");
        Actor actor = null;
        if (value != null) {
            actor = actors.resolve(value).orElseThrow(() -> row.error(column,
                    "unknown actor '" + value + "': not an id or Wikidata QID in the actor table"));
        }
        if (qid != null) {
            Actor byQid = actors.resolve(qid).orElseThrow(() -> row.error(qidColumn,
                    "unknown actor '" + qid + "': no actor has this Wikidata QID"));
            if (actor != null && !actor.id().equals(byQid.id()))
                throw row.error(qidColumn, qid + " is " + byQid.id() + ", but " + column + " says '" + value + "'");
            actor = byQid;
        }
        return actor;
    }

    private SourceDocument source(CsvTable.Row row) {
        for (String column : List.of("source", "source_file", "source_url")) {
            String value = row.get(column);
            if (value != null)
                return sources.find(value).orElseThrow(() -> row.error(column,
                        "unknown source '" + value + "': not a file or url in the source manifest"));
        }
        String column = row.location("source").column() > 0 ? "source" : "source_file";
        throw new InputException(row.location(column), "empty required field '" + column + "'");
    }

    private static boolean status(CsvTable.Row row) {
        String status = row.get("status");
        if (status == null || status.equals("accepted")) return true;
        if (status.equals("rejected")) return false;
        throw row.error("status", "unknown status '" + status + "'; expected accepted or rejected");
    }

    private static Method method(CsvTable.Row row) {
        String text = row.get("method");
        if (text == null) return Method.CURATED;
        Method method = Method.fromCode(text);
        if (method == null)
            throw row.error("method", "unknown method '" + text + "'; expected curated, extracted or imported");
        return method;
    }

    private static double confidence(CsvTable.Row row, Method method) {
        String text = row.get("confidence");
        if (text == null) return method == Method.CURATED ? 1.0 : 0.5;
        try {
            double value = Double.parseDouble(text);
            if (value >= 0 && value <= 1) return value;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw row.error("confidence", "'" + text + "' is not a number between 0 and 1");
    }

    private Evidence evidence(CsvTable.Row row, SourceDocument source, Method method, double confidence) {
        String quote = row.raw("quote");
        if (quote == null || quote.isBlank())
            throw new InputException(row.location("quote"), "empty required field 'quote'");
        if (quote.length() > Evidence.MAX_QUOTE_LENGTH)
            throw row.error("quote", "quote is " + quote.length() + " characters; at most "
                    + Evidence.MAX_QUOTE_LENGTH + " are kept (short extracts, never whole articles)");
        Integer start = offset(row, "start");
        Integer end = offset(row, "end");
        if ((start == null) != (end == null))
            throw row.error(start == null ? "start" : "end", "give both start and end offsets, or neither");
        var text = sources.text(source);
        if (text.isPresent()) {
            String article = text.get();
            if (start != null) {
                if (start > end || end > article.length() || !article.substring(start, end).equals(quote))
                    throw row.error("quote", "quote is not at offsets " + start + ".." + end + " of " + source.file());
            } else {
                int at = article.indexOf(quote);
                if (at < 0)
                    throw row.error("quote", "quote does not occur verbatim in article " + source.file());
                start = at;
                end = at + quote.length();
            }
        }
        return new Evidence(source, quote, start, end, method, confidence);
    }

    private static Integer offset(CsvTable.Row row, String column) {
        String text = row.get(column);
        if (text == null) return null;
        try {
            int value = Integer.parseInt(text);
            if (value >= 0) return value;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw row.error(column, "'" + text + "' is not a character offset (a whole number ≥ 0)");
    }
}
