package fr.passeportnumerique.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application started as a separate JVM on the test's classpath, with its own port and data folder, its output
 * in a log file. {@link #kill()} stops it as {@code kill -9} would; {@link #close()} also ends the processes it had
 * started (its embedded MariaDB), so that nothing outlives the test.
 */
final class ApplicationProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern DATABASE_PORT =
            Pattern.compile("Embedded MariaDB \\S+ listening on 127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final Path log;
    private final int port;
    private final List<ProcessHandle> children = new ArrayList<>();
    private final Thread cleanupAtExit = new Thread(this::close);

    private ApplicationProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
        Runtime.getRuntime().addShutdownHook(cleanupAtExit);
    }

    /** Starts the application on the data folder and waits until it reports itself ready. */
    static ApplicationProcess start(Path dataDir, Path log) throws IOException, InterruptedException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "fr.passeportnumerique.Application",
                        "--server.port=" + port,
                        "--passeport.data-dir=" + dataDir.toAbsolutePath(),
                        "--vaadin.devmode.devTools.enabled=false")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // The tests' external database, if any, must not be the one this application crashes on.
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_"));
        ApplicationProcess application = new ApplicationProcess(builder.start(), log, port);
        try {
            application.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            application.close();
            throw e;
        }
        return application;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int databasePort() {
        Matcher found = DATABASE_PORT.matcher(log());
        if (!found.find()) {
            throw new AssertionError("The log names no embedded MariaDB port:\n" + log());
        }
        return Integer.parseInt(found.group(1));
    }

    /** The HTTP status and body of a GET on the application. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        try (HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + path))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Ends the JVM with SIGKILL, leaving whatever it had started running, and returns its exit status. */
    int kill() throws InterruptedException {
        rememberChildren();
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("The application did not die from SIGKILL within 30 s");
        }
        return process.exitValue();
    }

    /** The processes the application had started and that still run (after {@link #kill()}: left behind). */
    List<ProcessHandle> children() {
        return children.stream().filter(ProcessHandle::isAlive).toList();
    }

    @Override
    public void close() {
        rememberChildren();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupAtExit);
        } catch (IllegalStateException shuttingDown) {
            // Called from the hook itself: nothing to remove.
        }
    }

    private void rememberChildren() {
        process.descendants().filter(child -> !children.contains(child)).forEach(children::add);
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The application stopped before being ready:\n" + tail());
            }
            rememberChildren();
            try {
                if (get("/actuator/health/readiness").statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // The web server is not up yet.
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The application was not ready within " + READY_TIMEOUT + ":\n" + tail());
    }

    private String tail() {
        List<String> lines = log().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
