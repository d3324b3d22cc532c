package fr.passeportnumerique;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Damage a disk fault could do to files that were written whole. */
public final class DiskFaults {

    private DiskFaults() {}

    /** Inverts 64 bytes in the middle of the folder's largest file, leaving its size, header and footer intact. */
    public static Path damageTheMiddleOfTheLargestFile(Path folder) throws IOException {
        Path largest;
        try (Stream<Path> files = Files.list(folder)) {
            largest = files.max(Comparator.comparingLong(file -> file.toFile().length()))
                    .orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(largest);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) {
            bytes[i] = (byte) ~bytes[i];
        }
        Files.write(largest, bytes);
        return largest;
    }
}
