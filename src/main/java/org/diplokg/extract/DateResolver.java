package org.diplokg.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds time expressions in a tokenised sentence and resolves them to days:
 * absolute dates ("6 August 2024", "August 4", "Aug. 5"), weekdays and "yesterday" relative to the
 * publication date, "N days earlier/later" offsets (resolved later against the event they refer to),
 * and vague expressions ("in late July", "days earlier", "in 2016") that resolve to no day.
 */
public final class DateResolver {

    private static final Map<String, Integer> MONTHS = Words.table(Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12)));
    private static final Map<String, DayOfWeek> WEEKDAYS = Words.table(Map.of("monday", DayOfWeek.MONDAY, "tuesday",
            DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
            DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY));
    private static final Map<String, Integer> NUMBER_WORDS = Words.table(Map.ofEntries(Map.entry("a", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10)));

    /**
     * @param published   publication date, or null (then relative expressions resolve to no day)
     * @param fallbackYear year to give month-day dates when there is no publication date (e.g. the
     *                     single year written out elsewhere in the article), or null
     */
    public List<DateMention> find(List<Token> t, LocalDate published, Integer fallbackYear) {
        if (!mayHaveDate(t)) return List.of();
        List<DateMention> out = new ArrayList<>();
        int n = t.size();
        int i = 0;
        while (i < n) {
            String w = t.get(i).norm();
            Integer month = monthAt(t, i);
            int day = dayValue(t, i);
            // 6 August 2024 / 6 Aug. 2024 / 6 August
            if (day > 0 && i + 1 < n && monthAt(t, i + 1) != null) {
                int m = monthAt(t, i + 1);
                int j = skipDot(t, i + 1);
                int[] y = yearAfter(t, j, published);
                out.add(absolute(i, y[1] >= 0 ? y[1] : j, y[0], m, day, published, fallbackYear));
                i = (y[1] >= 0 ? y[1] : j) + 1;
                continue;
            }
            if (month != null) {
                int j = skipDot(t, i);
                // August 4 / Aug. 5 / August 6, 2024
                if (j + 1 < n && dayValue(t, j + 1) > 0) {
                    int d = dayValue(t, j + 1);
                    int[] y = yearAfter(t, j + 1, published);
                    int last = y[1] >= 0 ? y[1] : j + 1;
                    out.add(absolute(i, last, y[0], month, d, published, fallbackYear));
                    i = last + 1;
                    continue;
                }
                // "August 2024", "late July": the month alone does not give the day.
                int[] y = yearAfter(t, j);
                if (!w.equals("may") || y[1] >= 0) {
                    out.add(new DateMention(i, y[1] >= 0 ? y[1] : j, DateMention.Kind.VAGUE, null, 0, false));
                    i = (y[1] >= 0 ? y[1] : j) + 1;
                    continue;
                }
            }
            DayOfWeek dow = t.get(i).cap() ? WEEKDAYS.get(w) : null;
            if (dow != null) {
                boolean future = i > 0 && (t.get(i - 1).norm().equals("next") || t.get(i - 1).norm().equals("coming"));
                LocalDate d = null;
                if (published != null && !future) {
                    int back = (published.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
                    d = published.minusDays(back);
                }
                out.add(new DateMention(i, i, DateMention.Kind.RELATIVE, d, 0, false));
                i++;
                continue;
            }
            if (w.equals("yesterday") || w.equals("today")) {
                LocalDate d = published == null ? null : (w.equals("today") ? published : published.minusDays(1));
                out.add(new DateMention(i, i, DateMention.Kind.RELATIVE, d, 0, false));
                i++;
                continue;
            }
            // "announced this morning", "will speak tonight": the day of publication.
            boolean thisPart = w.equals("this") && i + 1 < t.size() && PARTS_OF_DAY.contains(t.get(i + 1).norm());
            if (thisPart || w.equals("tonight")) {
                int last = thisPart ? i + 1 : i;
                out.add(new DateMention(i, last, DateMention.Kind.RELATIVE, published, 0, false));
                i = last + 1;
                continue;
            }
            if (isYear(t.get(i))) {
                out.add(new DateMention(i, i, DateMention.Kind.VAGUE, null, 0, false));
                i++;
                continue;
            }
            int consumed = offset(t, i, published, out);
            i = consumed > i ? consumed : i + 1;
        }
        // "since the war began on October 7": the day of a background event, not of any claim.
        out.removeIf(d -> backgroundEventDay(t, d.first()));
        return out;
    }

    /** Whether a normalised word names a weekday or a month ("monday", "march", "aug"). */
    static boolean dayOrMonthName(String norm) {
        return WEEKDAYS.containsKey(norm) || MONTHS.containsKey(norm);
    }

    private static final java.util.Set<String> PARTS_OF_DAY = Words.of("morning", "afternoon", "evening");
    private static final java.util.Set<String> TIME_WORDS = Words.of("yesterday", "today", "day", "days",
            "week", "weeks", "hours", "tonight", "morning", "afternoon", "evening");

    private static final java.util.Set<String> ONSET_VERBS = Words.of("began", "begun", "started", "erupted",
            "broke", "outbreak", "start", "began.");

    /** A day right after "began/started/erupted (on)" inside a "since ..." clause. */
    private static boolean backgroundEventDay(List<Token> t, int first) {
        int j = first - 1;
        if (j >= 0 && t.get(j).norm().equals("on")) j--;
        if (j >= 0 && t.get(j).norm().equals("out")) j--;
        if (j < 0 || !ONSET_VERBS.contains(t.get(j).norm())) return false;
        for (int k = j - 1; k >= 0 && k >= j - 10; k--) {
            String w = t.get(k).norm();
            if (w.equals("since")) return true;
            if (w.equals(",") || w.equals(";")) return false;
        }
        return false;
    }

    /** Cheap pre-check: a digit, a month, a weekday or a day/week word; most sentences have none. */
    private static boolean mayHaveDate(List<Token> t) {
        for (Token k : t) {
            char c = k.text().charAt(0);
            if (Character.isDigit(c)) return true;
            String w = k.norm();
            if (k.cap() ? MONTHS.containsKey(w) || WEEKDAYS.containsKey(w) : TIME_WORDS.contains(w)) return true;
        }
        return false;
    }

    /** "two days earlier", "a day later", "three days after", "the day before", "days earlier" (vague). */
    private static int offset(List<Token> t, int i, LocalDate published, List<DateMention> out) {
        int n = t.size();
        String w = t.get(i).norm();
        if ((w.equals("the") || w.equals("a")) && i + 2 < n) {
            String a = t.get(i + 1).norm();
            String b = t.get(i + 2).norm();
            // "the day before", "the previous day", "the next day", "the following day"
            if (a.equals("day") && (b.equals("before") || b.equals("after"))) {
                boolean inv = i + 3 < n && t.get(i + 3).isWord();
                out.add(new DateMention(i, i + 2, DateMention.Kind.OFFSET, null, b.equals("before") ? -1 : 1, inv));
                return i + 3;
            }
            // "the same day": the day of the event the sentence follows on from.
            if (a.equals("same") && b.equals("day") && w.equals("the")) {
                out.add(new DateMention(i, i + 2, DateMention.Kind.OFFSET, null, 0, false));
                return i + 3;
            }
            if (b.equals("day") && (a.equals("previous") || a.equals("next") || a.equals("following"))) {
                out.add(new DateMention(i, i + 2, DateMention.Kind.OFFSET, null, a.equals("previous") ? -1 : 1, false));
                return i + 3;
            }
        }
        // "responded within hours": the same day as the act it answers.
        if (w.equals("within") && i + 1 < n && t.get(i + 1).norm().equals("hours")) {
            out.add(new DateMention(i, i + 1, DateMention.Kind.OFFSET, null, 0, false));
            return i + 2;
        }
        Integer num = NUMBER_WORDS.get(w);
        if (num == null && isSmallNumber(t.get(i))) num = Integer.parseInt(w);
        int unitAt = num != null ? i + 1 : i;
        if (unitAt + 1 >= n) return i;
        String unit = t.get(unitAt).norm();
        int per;
        if (unit.equals("day") || unit.equals("days")) per = 1;
        else if (unit.equals("week") || unit.equals("weeks")) per = 7;
        else return i;
        String dir = t.get(unitAt + 1).norm();
        int sign;
        boolean inverse = false;
        switch (dir) {
            case "earlier": case "before": case "prior": sign = -1; inverse = dir.equals("before"); break;
            case "later": case "after": sign = 1; inverse = dir.equals("after"); break;
            case "ago": sign = -1; break;
            default: return i;
        }
        int first = i;
        if (num == null || per == 7) {
            // "days earlier", "a week later": a careful reader cannot tell the exact day.
            out.add(new DateMention(first, unitAt + 1, DateMention.Kind.VAGUE, null, 0, false));
            return unitAt + 2;
        }
        int days = num * per * sign;
        if (dir.equals("ago")) {
            out.add(new DateMention(first, unitAt + 1, DateMention.Kind.RELATIVE,
                    published == null ? null : published.plusDays(days), 0, false));
        } else {
            // "after"/"before" introduce the other event: "N days after X did it" puts X N days before us.
            boolean followedByClause = inverse && unitAt + 2 < n && t.get(unitAt + 2).isWord();
            out.add(new DateMention(first, unitAt + 1, DateMention.Kind.OFFSET, null, days, followedByClause));
        }
        return unitAt + 2;
    }

    private static DateMention absolute(int first, int last, int year, int month, int day, LocalDate published, Integer fallbackYear) {
        LocalDate d = null;
        try {
            if (year > 0) {
                d = LocalDate.of(year, month, day);
            } else if (published != null) {
                d = LocalDate.of(published.getYear(), month, day);
                // News reports the past: "December 28" in a January article is last year's.
                if (d.isAfter(published.plusDays(14))) d = d.minusYears(1);
            } else if (fallbackYear != null) {
                d = LocalDate.of(fallbackYear, month, day);
            }
        } catch (DateTimeException e) {
            d = null;
        }
        java.time.MonthDay md;
        try {
            md = java.time.MonthDay.of(month, day);
        } catch (DateTimeException e) {
            md = null;
        }
        return new DateMention(first, last, DateMention.Kind.ABSOLUTE, d, 0, false, md);
    }

    private static Integer monthAt(List<Token> t, int i) {
        Token tok = t.get(i);
        if (!tok.cap()) return null;
        Integer m = MONTHS.get(tok.norm());
        if (m == null) return null;
        // Abbreviations and "May"/"March" only count next to a day or year, else "May" is the modal verb.
        boolean full = tok.norm().length() >= 4 && !tok.norm().equals("march") && !tok.norm().equals("sept");
        if (full) return m;
        int j = skipDot(t, i);
        boolean dayNext = j + 1 < t.size() && (dayValue(t, j + 1) > 0 || isYear(t.get(j + 1)));
        boolean dayBefore = i > 0 && dayValue(t, i - 1) > 0;
        return dayNext || dayBefore ? m : null;
    }

    private static int skipDot(List<Token> t, int i) {
        return i + 1 < t.size() && t.get(i + 1).norm().equals(".") ? i + 1 : i;
    }

    /** As {@link #yearAfter(List, int)}, and "February 24 last year" is the year before publication. */
    private static int[] yearAfter(List<Token> t, int j, LocalDate published) {
        int[] y = yearAfter(t, j);
        if (y[1] < 0 && published != null && j + 2 < t.size() && t.get(j + 1).norm().equals("last")
                && t.get(j + 2).norm().equals("year")) return new int[]{published.getYear() - 1, j + 2};
        return y;
    }

    /** [year, lastTokenIndex] of ", 2024" / " 2024" after index j, or [-1, -1]. */
    private static int[] yearAfter(List<Token> t, int j) {
        int k = j + 1;
        if (k < t.size() && t.get(k).norm().equals(",")) k++;
        if (k < t.size() && isYear(t.get(k))) return new int[]{Integer.parseInt(t.get(k).norm()), k};
        return new int[]{-1, -1};
    }

    private static boolean isYear(Token tok) {
        String s = tok.norm();
        if (s.length() != 4 || !allDigits(s)) return false;
        int y = Integer.parseInt(s);
        return y >= 1900 && y <= 2100;
    }

    private static boolean isSmallNumber(Token tok) {
        String s = tok.norm();
        return s.length() <= 2 && allDigits(s);
    }

    /** Day of month from "5", "5th", "21st"; 0 if not a day. */
    private static int dayValue(List<Token> t, int i) {
        String s = t.get(i).norm();
        int k = 0;
        while (k < s.length() && Character.isDigit(s.charAt(k))) k++;
        if (k == 0 || k > 2) return 0;
        String rest = s.substring(k);
        if (!(rest.isEmpty() || rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th"))) return 0;
        int d = Integer.parseInt(s.substring(0, k));
        return d >= 1 && d <= 31 ? d : 0;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) return false;
        }
        return !s.isEmpty();
    }
}
