package org.diplokg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceSplitterTest {

    private static List<String> split(String text) {
        return new SentenceSplitter().split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsOnFullStopsButNotAbbreviationsOrInitials() {
        assertEquals(List.of("Col. Abdoulaye Maiga spoke on Aug. 5 to U.S. officials.", "Then he left."),
                split("Col. Abdoulaye Maiga spoke on Aug. 5 to U.S. officials. Then he left."));
    }

    @Test
    void keepsAQuotationWithItsSpeaker() {
        String t = "\"We sever relations. This is effective now,\" the spokesman said on August 6. Next one.";
        assertEquals(List.of("\"We sever relations. This is effective now,\" the spokesman said on August 6.", "Next one."), split(t));
    }

    @Test
    void linesWithoutClosingPunctuationAreHeadings() {
        String t = "Related:\nMali cuts ties with Ukraine\n\nNiger cut ties with Ukraine on Tuesday.\n";
        List<Sentence> s = new SentenceSplitter().split(t);
        assertEquals(3, s.size());
        assertTrue(s.get(0).heading());
        assertTrue(s.get(1).heading());
        assertFalse(s.get(2).heading());
    }

    @Test
    void hardWrappedProseIsJoinedAndOffsetsStayVerbatim() {
        String t = "Niger said Tuesday it was cutting\ndiplomatic ties with Ukraine. Done.";
        List<Sentence> s = new SentenceSplitter().split(t);
        assertEquals("Niger said Tuesday it was cutting\ndiplomatic ties with Ukraine.", t.substring(s.get(0).start(), s.get(0).end()));
        assertFalse(s.get(0).heading());
    }
}
