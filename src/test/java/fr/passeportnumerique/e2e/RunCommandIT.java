package fr.passeportnumerique.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's run command, exactly as written, on a copy of the project (what a new clone holds: the build file,
 * the sources, the curriculum, the front-end files) with an empty data folder: the application must start in
 * Vaadin's production mode with its own embedded MariaDB and the curriculum imported. A copy, because the
 * production build writes into {@code target/classes}, which the other tests run from.
 */
class RunCommandIT {

    private static final Pattern RUN_ROW = Pattern.compile("\\| Run the application \\| `([^`]+)`");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Process maven;
    private static Path log;
    private static int port;

    @BeforeAll
    static void runTheReadmeCommandOnACopy() throws Exception {
        Path folder = Path.of("target", "run-command").toAbsolutePath();
        deleteRecursively(folder);
        Path project = Files.createDirectories(folder.resolve("project"));
        Files.copy(Path.of("pom.xml"), project.resolve("pom.xml"));
        for (String tree : List.of("src/main", "content", "frontend")) {
            copyRecursively(Path.of(tree), project.resolve(tree));
        }
        port = ApplicationProcess.freePort();
        log = folder.resolve("run.log");
        ProcessBuilder builder = new ProcessBuilder(command(readmeRunCommand()))
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("PASSEPORT_"));
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("PASSEPORT_DATA_DIR", folder.resolve("data").toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        maven = builder.start();
        awaitHomePage();
    }

    @AfterAll
    static void stop() {
        if (maven != null) {
            maven.descendants().forEach(ProcessHandle::destroy);
            maven.destroy();
        }
    }

    @Test
    void the_readme_runs_the_application_in_production_mode() throws Exception {
        String home = get("/").body();
        assertThat(home).contains("\"productionMode\":true").doesNotContain("vaadin-dev-tools");
        assertThat(log()).contains("A production mode bundle build is not needed");
    }

    @Test
    void the_readme_command_starts_the_embedded_database_with_the_curriculum() throws Exception {
        assertThat(log()).contains("Embedded MariaDB");
        HttpResponse<String> module = get("/modules/premiers-pas");
        assertThat(module.statusCode()).isEqualTo(200);
    }

    static String readmeRunCommand() throws IOException {
        Matcher row = RUN_ROW.matcher(Files.readString(Path.of("README.md")));
        assertThat(row.find()).as("README's table names the run command").isTrue();
        return row.group(1);
    }

    private static List<String> command(String readme) {
        List<String> words = new ArrayList<>(Arrays.asList(readme.trim().split("\\s+")));
        assertThat(words.getFirst()).isEqualTo("mvn");
        String mavenHome = System.getProperty("maven.home");
        words.set(
                0, mavenHome == null ? "mvn" : Path.of(mavenHome, "bin", "mvn").toString());
        words.add(1, "-B");
        return words;
    }

    private static void awaitHomePage() throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(maven.isAlive())
                    .as("the run command ended early:\n%s", log())
                    .isTrue();
            try {
                if (get("/").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(2_000);
        }
        throw new AssertionError("No home page after " + START_TIMEOUT + ":\n" + log());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path :
                    paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
