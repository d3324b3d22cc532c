package fr.passeportnumerique.e2e;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Vaadin round-trips the server logged between {@link #open} and {@link #close}: Tomcat's access log, written
 * with the pattern {@code %m %U%q %s %{us}T}, gives each request's time inside the server in microseconds.
 */
final class AccessLogWindow {

    private final Path log;
    private final long from;

    private AccessLogWindow(Path log, long from) {
        this.log = log;
        this.from = from;
    }

    static AccessLogWindow open(Path log) throws IOException {
        return new AccessLogWindow(log, Files.exists(log) ? Files.size(log) : 0);
    }

    /** The server times of the {@code v-r=uidl} requests logged since the window opened, in microseconds. */
    List<Long> close() throws IOException {
        List<Long> micros = new ArrayList<>();
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            byte[] added = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(added);
            for (String line : new String(added, StandardCharsets.UTF_8).split("\n")) {
                String[] fields = line.strip().split(" ");
                if (fields.length == 4 && fields[1].contains("v-r=uidl")) {
                    micros.add(Long.parseLong(fields[3]));
                }
            }
        }
        return micros;
    }
}
