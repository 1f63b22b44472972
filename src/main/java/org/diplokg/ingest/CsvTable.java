package org.diplokg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.diplokg.model.InputLocation;

/**
 * Reads an RFC 4180 CSV file with a header line and hands out rows that know their file, line
 * and columns, so every reader of DiploKG input reports errors the same way.
 */
public final class CsvTable {
    /**
     * The longest record accepted, in characters: far beyond any real claim (quotes are at most
     * 500 characters), small enough that a one-line gigabyte file is refused after reading 1 MiB.
     */
    public static final long MAX_RECORD_CHARS = 1 << 20;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setSkipHeaderRecord(false).get();

    private final Path file;
    private final String fileName;
    private final Map<String, Integer> columns;

    private CsvTable(Path file, Map<String, Integer> columns) {
        this.file = file;
        this.fileName = file.toString();
        this.columns = columns;
    }

    /**
     * Opens a CSV file and checks its header. The file is streamed, never read whole: rows are
     * read again by {@link #forEachRow}.
     *
     * @param required columns that must be present
     * @param allowed  every column that may be present (required ones included)
     */
    public static CsvTable open(Path file, Set<String> required, Set<String> allowed) {
        String name = file.toString();
        InputLocation headerLine = new InputLocation(name, 1, 0);
        List<String> names = new ArrayList<>();
        boolean more;
        try (Reader reader = openReader(file); CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord first = next(records, name, 1);
            if (first != null) first.forEach(names::add);
            more = false;
            if (first != null && isBlank(first)) {
                // Tell a blank file from one whose header line is blank: look for any later content.
                for (CSVRecord r; !more && (r = next(records, name, parser.getCurrentLineNumber() + 1)) != null; )
                    more = !isBlank(r);
            }
        } catch (IOException e) {
            throw new InputException(new InputLocation(name, 0, 0), "cannot read CSV: " + e.getMessage(), e);
        }
        boolean blank = names.isEmpty() || (names.size() == 1 && names.get(0).isBlank());
        if (blank && !more)
            throw new InputException(headerLine, "empty file: expected a header line with columns " + String.join(",", required));
        if (blank)
            throw new InputException(headerLine, "blank header line: expected a header line with columns " + String.join(",", required));
        String header = String.join(",", names);
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String col = names.get(i).trim();
            if (col.isEmpty())
                throw new InputException(new InputLocation(name, 1, i + 1), "empty column name in header");
            if (!allowed.contains(col))
                throw new InputException(new InputLocation(name, 1, i + 1),
                        "unknown column '" + col + "'; allowed columns: " + String.join(",", allowed));
            if (columns.put(col, i) != null)
                throw new InputException(new InputLocation(name, 1, i + 1), "duplicate column '" + col + "'");
        }
        for (String col : required)
            if (!columns.containsKey(col))
                throw new InputException(headerLine, "missing column '" + col + "' in header (found: " + header + ")");
        return new CsvTable(file, columns);
    }

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    /** Strict UTF-8, BOM dropped, records bounded in length. */
    private static Reader openReader(Path file) {
        try {
            InputStream in = Files.newInputStream(file);
            return RecordLimitReader.csv(new StrictUtf8Reader(file.toString(), in), file.toString(), MAX_RECORD_CHARS);
        } catch (IOException e) {
            throw new InputException(new InputLocation(file.toString(), 0, 0), "cannot read file: " + e.getMessage(), e);
        }
    }

    /** The next record, with parser failures turned into errors at the record's first line. */
    private static CSVRecord next(Iterator<CSVRecord> records, String fileName, long startLine) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            InputException ours = inputException(e);
            if (ours != null) throw ours;
            throw new InputException(new InputLocation(fileName, startLine, 0),
                    "malformed CSV in the record starting here: " + rootMessage(e), e);
        }
    }

    /** Our own error from the reader chain, if the parser wrapped one. */
    private static InputException inputException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof InputException ie) return ie;
        return null;
    }

    public String fileName() { return fileName; }

    public boolean hasColumn(String column) { return columns.containsKey(column); }

    /** Hands each data row to {@code consumer}, in file order. */
    public void forEachRow(Consumer<Row> consumer) {
        try (Reader reader = openReader(file); CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            long nextLine = 1;
            boolean header = true;
            while (true) {
                long startLine = nextLine;
                CSVRecord record = next(records, fileName, startLine);
                if (record == null) break;
                // The parser's line counter stands at the record's last line; the next record starts after it.
                nextLine = parser.getCurrentLineNumber() + 1;
                if (header) {
                    header = false;
                    continue;
                }
                if (record.size() == 1 && record.get(0).isEmpty()) continue; // blank line
                if (record.size() != columns.size())
                    throw new InputException(new InputLocation(fileName, startLine, 0),
                            "expected " + columns.size() + " fields (" + String.join(",", columns.keySet())
                                    + "), found " + record.size());
                consumer.accept(new Row(record, startLine));
            }
        } catch (IOException e) {
            throw new InputException(new InputLocation(fileName, 0, 0), "cannot read CSV: " + e.getMessage(), e);
        }
    }

    /** All rows, for small tables such as the actor list and the source manifest. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        forEachRow(rows::add);
        return rows;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage();
    }

    /** One data row of the table. */
    public final class Row {
        private final CSVRecord record;
        private final long line;

        private Row(CSVRecord record, long line) {
            this.record = record;
            this.line = line;
        }

        public long line() { return line; }

        /** The row's place, for a message about the row as a whole. */
        public InputLocation location() { return new InputLocation(fileName, line, 0); }

        /** The place of one field: the column is the field's 1-based position. */
        public InputLocation location(String column) {
            Integer index = columns.get(column);
            return new InputLocation(fileName, line, index == null ? 0 : index + 1);
        }

        /** The trimmed value, or {@code null} when the column is absent or the field blank. */
        public String get(String column) {
            Integer index = columns.get(column);
            if (index == null) return null;
            String value = record.get(index).trim();
            return value.isEmpty() ? null : value;
        }

        /** The value as written, untrimmed (for quotes, whose exact text matters). */
        public String raw(String column) {
            Integer index = columns.get(column);
            if (index == null) return null;
            String value = record.get(index);
            return value.isEmpty() ? null : value;
        }

        /** The value, or a clear error naming the column when it is blank. */
        public String require(String column) {
            String value = get(column);
            if (value == null)
                throw new InputException(location(column), "empty required field '" + column + "'");
            return value;
        }

        /** An error about one field of this row. */
        public InputException error(String column, String problem) {
            return new InputException(location(column), column + ": " + problem);
        }
    }
}
