package org.diplokg.cli;

import org.diplokg.ingest.InputException;
import org.diplokg.store.BackupException;
import org.diplokg.store.ShapeViolationException;
import org.diplokg.store.StoreInUseException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints bad input as one clear line ({@code file:line:column: what is wrong}) instead of a stack
 * trace, and exits with status 2; any other failure exits with status 1 and its stack trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    static final int BAD_INPUT = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        if (e instanceof InputException || e instanceof ShapeViolationException) {
            cli.getErr().println("error: " + e.getMessage());
            cli.getErr().println("nothing was loaded; the store is unchanged.");
            return BAD_INPUT;
        }
        if (e instanceof BackupException) {
            cli.getErr().println("error: " + e.getMessage());
            cli.getErr().println("nothing was restored; the store is unchanged.");
            return BAD_INPUT;
        }
        if (e instanceof StoreInUseException) {
            cli.getErr().println("error: " + e.getMessage());
            return 1;
        }
        cli.getErr().println("error: " + e);
        e.printStackTrace(cli.getErr());
        return 1;
    }
}
