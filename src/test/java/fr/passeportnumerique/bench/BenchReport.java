package fr.passeportnumerique.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Collects a benchmark's lines, prints them and keeps them in {@code target/bench/<name>.md}. */
public final class BenchReport {

    private final String name;
    private final List<String> lines = new ArrayList<>();

    public BenchReport(String name) {
        this.name = name;
    }

    public BenchReport line(String format, Object... values) {
        String line = String.format(Locale.ROOT, format, values);
        lines.add(line);
        System.out.println("[bench] " + line);
        return this;
    }

    public void save() {
        try {
            Path folder = Files.createDirectories(Path.of("target", "bench"));
            Files.writeString(folder.resolve(name + ".md"), String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value below which the given share of the sorted samples lie (nearest rank). */
    public static double percentile(long[] sortedSamples, double share) {
        if (sortedSamples.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(share * sortedSamples.length) - 1;
        return sortedSamples[Math.clamp(rank, 0, sortedSamples.length - 1)];
    }

    public static long[] sorted(List<Long> samples) {
        long[] values = samples.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(values);
        return values;
    }
}
