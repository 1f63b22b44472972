package org.diplokg.store;

/** A backup that cannot be restored, or a store it must not be restored into. */
public class BackupException extends RuntimeException {
    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
