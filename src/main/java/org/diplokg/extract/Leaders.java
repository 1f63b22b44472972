package org.diplokg.extract;

import org.diplokg.ingest.InputException;
import org.diplokg.model.InputLocation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Surnames news uses alone for a state's leader or foreign minister ("Maduro broke off relations",
 * "Lavrov said"), from {@code data/leaders.csv}. Only distinctive surnames are listed; one claimed by two
 * states is dropped. The per-article {@link Officials} learn the same thing from "STATE title Name";
 * this table covers leaders an article names without a title and state.
 */
public final class Leaders {

    public static final Leaders NONE = new Leaders(Map.of());

    private final Map<String, String> stateBySurname;

    private Leaders(Map<String, String> stateBySurname) {
        this.stateBySurname = Words.table(stateBySurname);
    }

    /** The state id for a normalised token, or null. */
    String state(String norm) {
        return stateBySurname.get(norm);
    }

    /**
     * Reads {@code surname,state,who}; every state must be one of {@code states}.
     *
     * @throws InputException naming file, line and column of an unknown state or a missing field
     */
    public static Leaders read(Path csv, Set<String> states) {
        Map<String, String> m = new HashMap<>();
        Set<String> clashing = new java.util.HashSet<>();
        String name = csv.getFileName().toString();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord rec : fmt.parse(r)) {
                long line = rec.getRecordNumber() + 1;
                if (rec.size() < 2 || rec.get(0).isBlank()) {
                    throw new InputException(new InputLocation(name, line, 1), "a leader row needs a surname and a state");
                }
                String state = rec.get(1).trim();
                if (!states.contains(state)) {
                    throw new InputException(new InputLocation(name, line, rec.get(0).length() + 2),
                            "unknown state '" + state + "' (not an id in the actor table)");
                }
                String key = Tokenizer.norm(rec.get(0).trim());
                String old = m.putIfAbsent(key, state);
                if (old != null && !old.equals(state)) clashing.add(key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        clashing.forEach(m::remove);
        return new Leaders(m);
    }
}
