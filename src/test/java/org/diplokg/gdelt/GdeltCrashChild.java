package org.diplokg.gdelt;

import java.nio.file.Path;
import java.util.List;

import org.diplokg.ingest.ActorTable;
import org.diplokg.ontology.IriMinter;
import org.diplokg.store.KgStore;
import org.diplokg.store.Ontology;

/**
 * The child JVM of {@link GdeltCrashSafetyTest}: imports one GDELT file (a named pipe the parent
 * writes into) with the crash-safe {@link GdeltImporter#importInto}, then prints {@code DONE}.
 *
 * <p>Usage: {@code GdeltCrashChild DB FILE}
 */
public final class GdeltCrashChild {
    public static void main(String[] args) {
        ActorTable actors = ActorTable.read(Path.of("data/actors.csv"));
        IriMinter iris = IriMinter.withDefaultBase();
        GdeltImporter importer = new GdeltImporter(actors, CameoCountryMap.read(Path.of("data/cameo-countries.csv"), actors),
                iris, Ontology.load(iris), Progress.silent());
        try (KgStore store = KgStore.open(Path.of(args[0]))) {
            System.out.println("IMPORTING");
            System.out.flush();
            importer.importInto(store, List.of(Path.of(args[1])));
        }
        System.out.println("DONE");
        System.out.flush();
    }
}
