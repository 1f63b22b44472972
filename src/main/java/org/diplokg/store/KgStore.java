package org.diplokg.store;

import java.nio.file.Path;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The DiploKG store: a TDB2 database in a folder (or in memory, for tests of pure logic), with
 * the union of its named graphs as the default graph for queries.
 */
public final class KgStore implements AutoCloseable {
    private final DatasetGraph dsg;
    private final Path location;

    private KgStore(DatasetGraph dsg, Path location) {
        this.dsg = dsg;
        this.location = location;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens (creating if needed) the TDB2 database in {@code dir}, first completing a
     * build-and-swap that a crash interrupted ({@link FreshDatabase#recoverInterruptedSwap}).
     *
     * @throws StoreInUseException when another process (a running {@code serve}) holds it
     */
    public static KgStore open(Path dir) {
        FreshDatabase.recoverInterruptedSwap(dir);
        try {
            return new KgStore(DatabaseMgr.connectDatasetGraph(dir.toString()), dir);
        } catch (AlreadyLocked e) {
            throw new StoreInUseException(dir, e);
        } catch (DBOpEnvException e) {
            // TDB2 reports another process's lock with this generic exception; its message says so.
            if (String.valueOf(e.getMessage()).contains("lock")) throw new StoreInUseException(dir, e);
            throw e;
        }
    }

    /** A transactional in-memory store; holds nothing on disk. */
    public static KgStore inMemory() {
        return new KgStore(DatasetGraphFactory.createTxnMem(), null);
    }

    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /** The database folder, or {@code null} in memory. */
    public Path location() {
        return location;
    }

    /** Number of quads in all named graphs. */
    public long quadCount() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            var it = dsg.find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    /**
     * Releases the database so its folder can be moved or opened again from scratch; a no-op
     * in memory.
     */
    @Override
    public void close() {
        if (location != null) TDBInternal.expel(dsg);
    }
}
