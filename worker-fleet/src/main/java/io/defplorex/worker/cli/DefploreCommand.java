package io.defplorex.worker.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command of {@code defplorex-worker.jar}; each pipeline step is a subcommand. */
@Command(name = "defplorex-worker", mixinStandardHelpOptions = true, version = "DefPloreX worker 0.1.0",
        description = "Ingest feeds, generate synthetic feeds, run the worker fleet, drive jobs.",
        subcommands = {IngestCommand.class, GenerateCommand.class, WorkerCommand.class, JobCommand.class,
                PercentilesCommand.class, ClustersCommand.class})
public final class DefploreCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new DefploreCommand()).execute(args));
    }
}
