package org.diplokg.store;

import java.nio.file.Path;

/** The database folder is locked by another process: TDB2 allows one process per database. */
public class StoreInUseException extends RuntimeException {
    public StoreInUseException(Path dir, Throwable cause) {
        super("the store " + dir + " is in use by another process (is `./diplokg serve` running on it?); "
                + "stop that process, or query it over HTTP instead", cause);
    }
}
