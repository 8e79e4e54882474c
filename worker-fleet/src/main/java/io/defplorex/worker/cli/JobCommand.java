package io.defplorex.worker.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code job}: enqueue a job through the plugin and follow it. */
@Command(name = "job", mixinStandardHelpOptions = true, description = "Enqueue and follow processing jobs.",
        subcommands = {JobEnqueueCommand.class, JobWaitCommand.class})
final class JobCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
