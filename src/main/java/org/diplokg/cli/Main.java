package org.diplokg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code diplokg} command line: one subcommand per job, all calling the same library code. */
@Command(name = "diplokg", mixinStandardHelpOptions = true, version = "DiploKG 0.1.0",
        description = "An open knowledge graph of diplomatic ruptures and accusations, every fact a claim backed by evidence.",
        subcommands = {ServeCommand.class, LoadCommand.class, QueryCommand.class, ExtractCommand.class,
                EvaluateCommand.class, BenchExtractCommand.class, BuildActorsCommand.class,
                ProvenanceCommand.class, ExportCommand.class, ImportCommand.class,
                ImportGdeltCommand.class, GenerateCommand.class, BenchImportCommand.class, BenchProvenanceCommand.class,
                BenchLoadCommand.class, BackupCommand.class, TrainPairModelCommand.class, RestoreCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run subcommands as a user would. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
