package io.defplorex.worker.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.defplorex.worker.generate.FeedGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: writes a synthetic feed with pages, for load tests and demos. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic feed (feed.csv, families.csv, pages/) from template families.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "Folder to write into.")
    Path out;

    @Option(names = "--records", defaultValue = "300", description = "Records to write (${DEFAULT-VALUE}).")
    long records;

    @Option(names = "--families", defaultValue = "30", description = "Template families (${DEFAULT-VALUE}).")
    int families;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        long written = new FeedGenerator(seed, families).write(out, records);
        System.out.printf("wrote %d records of %d families to %s in %d ms%n", written, families, out,
                (System.nanoTime() - start) / 1_000_000);
        return 0;
    }
}
