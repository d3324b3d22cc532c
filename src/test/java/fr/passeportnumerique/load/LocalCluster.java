package fr.passeportnumerique.load;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cluster of {@code deploy/local-cluster/cluster.sh} (three Galera nodes, two application nodes, HAProxy), driven
 * from a test: started with the given environment, faults made through the script's commands, stopped on close.
 */
final class LocalCluster implements AutoCloseable {

    static final String BALANCER = "http://127.0.0.1:8180";
    private static final Path SCRIPT = Path.of("deploy", "local-cluster", "cluster.sh");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Map<String, String> environment;
    private final boolean keep;
    private HikariDataSource dataSource;

    private LocalCluster(Map<String, String> environment, boolean keep) {
        this.environment = environment;
        this.keep = keep;
    }

    /** Starts the whole cluster (about a minute and a half); the extra variables go to the application nodes. */
    static LocalCluster start(Map<String, String> environment, boolean keep) throws Exception {
        LocalCluster cluster = new LocalCluster(environment, keep);
        cluster.run(Bound.START, "start");
        return cluster;
    }

    static String nodeUrl(int node) {
        return "http://127.0.0.1:" + (8180 + node);
    }

    /** Runs one of the script's commands and waits for it; returns its output, also printed on this test's console. */
    String run(Bound bound, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command(command)).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(output unreadable: " + e.getMessage() + ")";
            }
        });
        if (!process.waitFor(bound.seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(
                    "cluster.sh " + String.join(" ", command) + " took over " + bound.seconds + " s");
        }
        String printed = output.get(10, TimeUnit.SECONDS);
        System.out.print(printed);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    "cluster.sh " + String.join(" ", command) + " failed (" + process.exitValue() + "): " + printed);
        }
        return printed;
    }

    /** The database through the same addresses as the application nodes. */
    JdbcTemplate jdbc() throws Exception {
        if (dataSource == null) {
            Process process = new ProcessBuilder(command("env")).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            Map<String, String> variables = new LinkedHashMap<>();
            output.lines()
                    .filter(line -> line.contains("="))
                    .forEach(line ->
                            variables.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(variables.get("SPRING_DATASOURCE_URL"));
            config.setUsername(variables.get("SPRING_DATASOURCE_USERNAME"));
            config.setPassword(variables.get("SPRING_DATASOURCE_PASSWORD"));
            config.setMaximumPoolSize(4);
            dataSource = new HikariDataSource(config);
        }
        return new JdbcTemplate(dataSource);
    }

    /** The sum over both application nodes of a counter their Prometheus endpoint shows (0 where absent). */
    double counterOnBothNodes(String prometheusName) {
        double total = 0;
        for (int node = 1; node <= 2; node++) {
            try {
                HttpResponse<String> metrics = HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (8190 + node) + "/actuator/prometheus"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                total += metrics.body()
                        .lines()
                        .filter(line -> line.startsWith(prometheusName))
                        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                        .sum();
            } catch (IOException e) {
                // A node that is down shows nothing.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return total;
    }

    private static List<String> command(String... arguments) {
        return Stream.concat(Stream.of(SCRIPT.toAbsolutePath().toString()), Arrays.stream(arguments))
                .toList();
    }

    @Override
    public void close() throws Exception {
        if (dataSource != null) {
            dataSource.close();
        }
        if (!keep) {
            run(Bound.STOP, "stop");
        }
    }

    /** How long each command may take at most. */
    enum Bound {
        START(420),
        STOP(180),
        FAULT(240);

        private final long seconds;

        Bound(long seconds) {
            this.seconds = seconds;
        }
    }
}
