package io.defplorex.worker.cli;

import io.defplorex.queue.QueueUnavailableException;
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
        System.exit(commandLine().execute(args));
    }

    /** The command line with the handler that turns expected failures into one readable line and exit code 2. */
    static CommandLine commandLine() {
        return new CommandLine(new DefploreCommand()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof IllegalArgumentException || e instanceof QueueUnavailableException
                    || e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
                cmd.getErr().println(cmd.getCommandName() + ": " + describe(e));
                return 2;
            }
            throw e;
        });
    }

    private static String describe(Throwable e) {
        StringBuilder s = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            s.append(": ").append(c.getClass().getSimpleName()).append(' ').append(c.getMessage());
        }
        return s.toString();
    }
}
