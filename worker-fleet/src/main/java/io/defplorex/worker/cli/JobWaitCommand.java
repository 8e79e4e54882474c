package io.defplorex.worker.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code job wait}: a progress line every second until the job ends; exit 1 when it failed or timed out. */
@Command(name = "wait", mixinStandardHelpOptions = true, description = "Follow a job until it is done.")
final class JobWaitCommand implements Callable<Integer> {

    @Mixin
    EsOption es;

    @Parameters(paramLabel = "JOB", description = "The job ID printed by job enqueue.")
    String job;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Give up after this long (default: never).")
    Long timeout;

    @Override
    public Integer call() throws Exception {
        PluginClient plugin = new PluginClient(es.url);
        long start = System.nanoTime();
        boolean tty = System.console() != null;
        while (true) {
            JsonNode s;
            try {
                s = plugin.get("/_defplorex/jobs/" + job);
            } catch (PluginClient.PluginException e) {
                System.err.println(e.getMessage());
                return 1;
            }
            double seconds = Math.max(0.001, (System.nanoTime() - start) / 1e9);
            long done = s.path("done_documents").asLong();
            long failed = s.path("failed_documents").asLong();
            String state = s.path("state").asText();
            String line = String.format("%s %-9s %d/%d done, %d failed, %.0f docs/s since it started", job, state,
                    done + failed, s.path("documents").asLong(), failed, (done + failed) / runningSeconds(s, seconds));
            System.out.print(tty ? "\r" + line : line + "\n");
            if (state.equals("done") || state.equals("failed")) {
                if (tty) {
                    System.out.println();
                }
                for (JsonNode f : s.path("failures")) {
                    System.out.println("  " + f.path("id").asText() + ": " + f.path("reason").asText());
                }
                return state.equals("done") ? 0 : 1;
            }
            if (timeout != null && seconds > timeout) {
                System.err.println((tty ? "\n" : "") + "job " + job + " not done after " + timeout + " s");
                return 1;
            }
            Thread.sleep(1000);
        }
    }

    /** How long the job has run (to its end once finished); before a worker starts it, how long this wait ran. */
    private static double runningSeconds(JsonNode status, double waited) {
        long started = status.path("started").asLong(0);
        if (started <= 0) {
            return waited;
        }
        long finished = status.path("finished").asLong(0);
        long end = finished > 0 ? finished : System.currentTimeMillis();
        return Math.max(0.001, (end - started) / 1000.0);
    }
}
