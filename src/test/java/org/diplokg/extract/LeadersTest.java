package org.diplokg.extract;

import org.diplokg.ingest.InputException;
import org.diplokg.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Leaders named by surname alone stand for their state; the table is checked as it is read. */
class LeadersTest {

    @Test
    void aLeadersSurnameAloneStandsForTheState() {
        Extractor ex = new Extractor(Gazetteer.load(Path.of("data/actors.csv")), PairModel.NONE);
        SourceDocument meta = new SourceDocument("l.txt", null, null, LocalDate.parse("2014-03-06"), null, "en");
        List<ExtractedClaim> cs = ex.extract("Maduro broke off diplomatic relations with Panama on Wednesday.", meta);
        assertTrue(cs.stream().anyMatch(c -> c.actorId().equals("venezuela") && c.targetId().equals("panama")), cs.toString());
        assertEquals(LocalDate.parse("2014-03-05"), cs.get(0).date());
        // Round 10 filled states that had no leader listed.
        cs = ex.extract("Cassis accused Belarus of endangering civil aviation.", meta);
        assertTrue(cs.stream().anyMatch(c -> c.actorId().equals("switzerland") && c.targetId().equals("belarus")), cs.toString());
    }

    @Test
    void anUnknownStateIsRefusedWithItsLineAndColumn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("leaders.csv");
        Files.writeString(f, "surname,state,who\nMaduro,venezuela,x\nPutin,rusia,typo\n");
        InputException e = assertThrows(InputException.class, () -> Leaders.read(f, Set.of("venezuela", "russia")));
        assertTrue(e.getMessage().contains("leaders.csv") && e.getMessage().contains(":3:"), e.getMessage());
        assertTrue(e.getMessage().contains("rusia"), e.getMessage());
    }

    @Test
    void aSurnameClaimedByTwoStatesIsDropped(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("leaders.csv");
        Files.writeString(f, "surname,state,who\nSharif,pakistan,a\nSharif,egypt,b\nErdoğan,turkiye,c\n");
        Leaders l = Leaders.read(f, Set.of("pakistan", "egypt", "turkiye"));
        assertNull(l.state("sharif"));
        assertEquals("turkiye", l.state("erdogan"));
    }
}
