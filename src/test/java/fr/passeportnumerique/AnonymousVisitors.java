package fr.passeportnumerique;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Robots loading public pages: no script run, no cookie kept, each load from an address of its own (told as a proxy
 * would, {@code X-Forwarded-For}), two at a time. Only for a server on this machine.
 */
public final class AnonymousVisitors {

    private final HttpClient robot =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    public AnonymousVisitors(int port) {
        this.port = port;
    }

    /** Every page anyone may open, with real ids where a page needs one. */
    public static List<String> publicPages(JdbcTemplate jdbc) {
        long expert = jdbc.queryForObject("select min(id) from expert", Long.class);
        return List.of(
                "/",
                "/modules/premiers-pas",
                "/modules/premiers-pas/ranger-ses-fichiers",
                "/recherche?q=sauvegarde",
                "/points-accueil",
                "/experts",
                "/experts/" + expert,
                "/offres",
                "/financement",
                "/verifier/ABCD-EFGH-JKLM",
                "/connexion",
                "/inscription",
                "/mot-de-passe-oublie",
                "/nouveau-mot-de-passe?jeton=inconnu",
                "/confidentialite",
                "/accessibilite");
    }

    /** Loads the page {@code loads} times; returns how many loads answered 200. */
    public int load(String page, int loads) throws Exception {
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService robots = Executors.newFixedThreadPool(2)) {
            List<Future<?>> running = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                running.add(robots.submit(() -> {
                    while (next.getAndIncrement() < loads) {
                        if (loadOnce(page) == 200) {
                            answered.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> robot : running) {
                robot.get();
            }
        }
        return answered.get();
    }

    private int loadOnce(String page) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                .header("X-Forwarded-For", SiteClient.randomDocumentationAddress())
                .build();
        return robot.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
