package fr.passeportnumerique.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.base.PasseportProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The backup scripts ({@code scripts/}) against the tests' own embedded MariaDB: a backup restores with every
 * table's rows and checksum alike, and a backup altered after it was taken is caught.
 */
@IntegrationTest
class BackupRestoreIT {

    @Autowired
    EmbeddedMariaDb server;

    @Autowired
    PasseportProperties properties;

    @Autowired
    AccountService accounts;

    @TempDir
    Path temp;

    @Test
    void a_backup_of_the_embedded_database_restores_with_every_table_alike() throws Exception {
        TestLearners.register(accounts, "sauvegarde");

        Run check = run(
                List.of("--data-dir", properties.dataDir().toAbsolutePath().toString()),
                "scripts/check-backup-restore.sh");

        assertThat(check.status()).as(check.output()).isZero();
        assertThat(check.output()).contains("OK: ", "every table's row count and checksum are the same");
    }

    @Test
    void a_backup_altered_after_it_was_taken_is_caught() throws Exception {
        String learner = TestLearners.register(accounts, "falsifie");
        Run backup = run(List.of("-o", temp.toString()), "scripts/backup.sh");
        assertThat(backup.status()).as(backup.output()).isZero();
        Path tampered = temp.resolve("tampered.sql.gz");
        replaceInDump(Path.of(backup.output().strip()), tampered, learner, learner.replace("falsifie", "autre"));

        Run check = run(List.of("--backup", tampered.toString()), "scripts/check-backup-restore.sh");

        assertThat(check.status()).as(check.output()).isEqualTo(1);
        assertThat(check.output()).contains("DIFFERENT user_account", "FAILED");
    }

    private record Run(int status, String output) {}

    /** Runs a script on the embedded server, its connection given as the scripts' environment variables. */
    private Run run(List<String> arguments, String script) throws IOException, InterruptedException {
        Path output = Files.createTempFile(temp, "script", ".out");
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of("bash", script), arguments.stream())
                        .toList())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE") || name.startsWith("MARIADB_"));
        environment.put("MARIADB_HOST", "127.0.0.1");
        environment.put(
                "MARIADB_PORT", Integer.toString(server.getConfiguration().getPort()));
        environment.put("MARIADB_USER", "root");
        environment.put(
                "PASSEPORT_DATA_DIR", properties.dataDir().toAbsolutePath().toString());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(script + " did not finish within 120 s:\n" + Files.readString(output));
        }
        return new Run(process.exitValue(), Files.readString(output));
    }

    private static void replaceInDump(Path dump, Path altered, String text, String replacement) throws IOException {
        String sql;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dump))) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(sql).contains(text);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(altered))) {
            out.write(sql.replace(text, replacement).getBytes(StandardCharsets.UTF_8));
        }
    }
}
