package org.diplokg.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateResolverTest {
    private static final LocalDate WED = LocalDate.of(2024, 8, 7);

    private static List<DateMention> find(String s, LocalDate pub) {
        return new DateResolver().find(new Tokenizer().tokenize(s, 0, s.length()), pub, null);
    }

    @Test
    void absoluteDates() {
        assertEquals(LocalDate.of(2024, 8, 6), find("announced on 6 August 2024, by", null).get(0).date());
        assertEquals(LocalDate.of(2021, 8, 24), find("said on August 24, 2021.", null).get(0).date());
        assertEquals(LocalDate.of(2024, 8, 4), find("on August 4 over", WED).get(0).date());
        assertEquals(LocalDate.of(2024, 8, 5), find("on Aug. 5 the ministry", WED).get(0).date());
        assertEquals(LocalDate.of(2017, 6, 5), find("on 5th June 2017", null).get(0).date());
    }

    @Test
    void thisMorningAndTonightAreThePublicationDay() {
        assertEquals(WED, find("Baghdad radio announced this morning that", WED).get(0).date());
        assertEquals(WED, find("the president will speak tonight", WED).get(0).date());
        assertEquals(LocalDate.of(2024, 8, 5), find("said on Monday morning", WED).get(0).date());
        // "this week" names no day; no publication date, no day.
        assertTrue(find("said this week that", WED).stream().allMatch(d -> d.date() == null));
        assertNull(find("announced this morning", null).get(0).date());
    }

    @Test
    void yearFromPublicationDateLooksBackAcrossNewYear() {
        assertEquals(LocalDate.of(2023, 12, 28), find("on December 28", LocalDate.of(2024, 1, 3)).get(0).date());
    }

    @Test
    void noYearAndNoPublicationDateGivesNoDayButKeepsMonthDay() {
        DateMention d = find("said on August 6.", null).get(0);
        assertNull(d.date());
        assertEquals(java.time.MonthDay.of(8, 6), d.monthDay());
    }

    @Test
    void weekdaysRelativeToPublication() {
        assertEquals(LocalDate.of(2024, 8, 6), find("Niger said Tuesday it", WED).get(0).date());
        assertEquals(LocalDate.of(2024, 8, 4), find("said Sunday that", WED).get(0).date());
        assertEquals(WED, find("said on Wednesday", WED).get(0).date());
        assertNull(find("said Tuesday", null).get(0).date(), "no publication date, no day");
        assertNull(find("will meet next Friday", WED).get(0).date(), "future weekday is not resolved");
    }

    @Test
    void vagueExpressionsResolveToNothing() {
        assertEquals(DateMention.Kind.VAGUE, find("in late July at the hands", WED).get(0).kind());
        assertEquals(DateMention.Kind.VAGUE, find("a similar move just days earlier", WED).get(0).kind());
        assertEquals(DateMention.Kind.VAGUE, find("in 2016 after", WED).get(0).kind());
        assertTrue(find("Mali may cut ties", WED).isEmpty(), "'may' is a verb here");
    }

    @Test
    void offsets() {
        DateMention d = find("taken by Mali two days earlier, in the wake", WED).get(0);
        assertEquals(DateMention.Kind.OFFSET, d.kind());
        assertEquals(-2, d.offsetDays());
        DateMention after = find("two days after Mali took a similar step", WED).get(0);
        assertEquals(2, after.offsetDays());
        assertTrue(after.inverse(), "'two days after X did it' dates X before the reference");
        assertEquals(1, find("followed suit the next day", WED).get(0).offsetDays());
        assertEquals(LocalDate.of(2024, 8, 4), find("three days ago", WED).get(0).date());
    }
}
