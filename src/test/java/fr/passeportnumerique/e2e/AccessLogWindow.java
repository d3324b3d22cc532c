package fr.passeportnumerique.e2e;

import fr.passeportnumerique.base.web.PageRequests;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The requests the server logged between {@link #open} and {@link #close}: Tomcat's access log, written with
 * {@link #PATTERN}, gives each request's time inside the server in microseconds.
 */
public final class AccessLogWindow {

    /** Method, path and query, status, time inside the server in microseconds. */
    public static final String PATTERN = "%m %U%q %s %{us}T";

    private final Path log;
    private final long from;

    private AccessLogWindow(Path log, long from) {
        this.log = log;
        this.from = from;
    }

    public static AccessLogWindow open(Path log) throws IOException {
        return new AccessLogWindow(log, Files.exists(log) ? Files.size(log) : 0);
    }

    /** The server times of the {@code v-r=uidl} requests logged since the window opened, in microseconds. */
    List<Long> close() throws IOException {
        return requests().stream()
                .filter(request -> request.kind() == Kind.ROUND_TRIP)
                .map(LoggedRequest::micros)
                .toList();
    }

    /** Every request logged since the window opened. */
    public List<LoggedRequest> requests() throws IOException {
        List<LoggedRequest> requests = new ArrayList<>();
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            byte[] added = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(added);
            for (String line : new String(added, StandardCharsets.UTF_8).split("\n")) {
                String[] fields = line.strip().split(" ");
                if (fields.length == 4) {
                    requests.add(new LoggedRequest(
                            fields[0], fields[1], Integer.parseInt(fields[2]), Long.parseLong(fields[3])));
                }
            }
        }
        return requests;
    }

    /** What a logged request was for. */
    public enum Kind {
        /** A Vaadin round-trip ({@code v-r=uidl}): a learner's click, navigation or value. */
        ROUND_TRIP,
        /** A page open in a tab saying it is still there. */
        HEARTBEAT,
        /** The address of a page (a route), loaded or posted to (the sign-in form). */
        PAGE,
        /** Scripts, styles, images, fonts: what a page loads. */
        FILE
    }

    /** One line of the access log. */
    public record LoggedRequest(String method, String target, int status, long micros) {

        public Kind kind() {
            if (target.contains("v-r=uidl")) {
                return Kind.ROUND_TRIP;
            }
            if (target.contains("v-r=heartbeat")) {
                return Kind.HEARTBEAT;
            }
            int query = target.indexOf('?');
            MockHttpServletRequest request = new MockHttpServletRequest(method, target);
            request.setServletPath(query < 0 ? target : target.substring(0, query));
            return PageRequests.isPage(request) ? Kind.PAGE : Kind.FILE;
        }
    }
}
