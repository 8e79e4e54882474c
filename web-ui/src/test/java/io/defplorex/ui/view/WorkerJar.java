package io.defplorex.ui.view;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The worker fleet's jar run as an operator runs it ({@code java -jar defplorex-worker.jar …}), by the JVM that
 * runs the tests. Its path comes from {@code dpx.it.worker.jar} (the root pom sets it); the jar is built by the
 * worker-fleet module, before this one.
 */
final class WorkerJar {

    private final Path jar;
    private final Path logs;

    WorkerJar(Path logs) {
        this.jar = Path.of(System.getProperty("dpx.it.worker.jar", "../worker-fleet/target/defplorex-worker.jar"));
        this.logs = logs;
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " does not exist: build it first with "
                    + "./mvnw -pl worker-fleet package -DskipTests");
        }
    }

    /** Runs one command to its end and answers its standard output; fails when it exits with an error. */
    String run(String... arguments) throws IOException, InterruptedException {
        Path out = Files.createTempFile(logs, arguments[0] + "-", ".out");
        Path err = logs.resolve(out.getFileName().toString().replace(".out", ".err"));
        Process process = new ProcessBuilder(command(arguments)).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", arguments) + " still runs after 10 minutes; see " + err);
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", arguments) + " exited with " + process.exitValue()
                    + ":\n" + output + Files.readString(err, StandardCharsets.UTF_8));
        }
        return output;
    }

    /** Starts a long-running command (a worker); its output goes to {@code <logs>/<name>.log}. */
    Process start(String name, String... arguments) throws IOException {
        return new ProcessBuilder(command(arguments)).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile()).start();
    }

    private List<String> command(String... arguments) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        return command;
    }
}
