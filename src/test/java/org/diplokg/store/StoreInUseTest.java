package org.diplokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store held by another process is reported plainly, not as a TDB2 stack trace. */
class StoreInUseTest {
    @TempDir
    Path dir;

    /** Child process: opens the store, says so, and holds it until its stdin closes. */
    public static void main(String[] args) throws Exception {
        try (KgStore store = KgStore.open(Path.of(args[0]))) {
            System.out.println("holding " + store.location());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the parent closes our stdin
            }
        }
    }

    @Test
    void openingAStoreAnotherProcessHoldsGivesAClearError() throws Exception {
        Path db = dir.resolve("db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreInUseTest.class.getName(), db.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("holding"));
            assertTrue(line != null, "the child process opened the store");
            StoreInUseException e = assertThrows(StoreInUseException.class, () -> KgStore.open(db));
            assertTrue(e.getMessage().contains("is in use by another process"), e.getMessage());
        } finally {
            child.getOutputStream().close();
            assertEquals(0, child.waitFor());
        }
    }
}
