package fr.passeportnumerique.base.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Which application process runs the embedded server of a data folder, written in the folder. An application killed
 * outright ({@code kill -9}, the out-of-memory killer) cannot stop its mariadbd, which keeps running and holding the
 * data folder's locks: the next start finds it through this record and stops it instead of failing on those locks.
 *
 * <p>Only a server this record names is ever stopped, and only once the process that started it is gone: a server
 * started by hand on the data folder (for a backup check) is left alone.
 */
final class ServerOwnership {

    static final String FILE = "server-owner.properties";
    private static final String SERVER_PID = "server.pid";
    private static final String OWNER_PID = "owner.pid";
    private static final String OWNER_STARTED = "owner.started";

    private final Path file;
    private final Path dataDir;

    ServerOwnership(Path folder, Path dataDir) {
        this.file = folder.resolve(FILE);
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    /**
     * The server recorded for this data folder when it still runs although the application that started it is gone.
     *
     * @throws IllegalStateException when that application still runs: two of them cannot share a data folder
     */
    Optional<ProcessHandle> orphanedServer() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties record = read();
        Optional<ProcessHandle> server = alive(record.getProperty(SERVER_PID)).filter(this::servesDataDir);
        if (server.isEmpty()) {
            return Optional.empty();
        }
        Optional<ProcessHandle> owner = alive(record.getProperty(OWNER_PID))
                .filter(process -> sameStart(process, record.getProperty(OWNER_STARTED)));
        if (owner.isPresent()) {
            throw new IllegalStateException(
                    "The data folder " + dataDir + " is in use by the application running as process "
                            + owner.get().pid() + "; stop it first, or give this one another PASSEPORT_DATA_DIR.");
        }
        return server;
    }

    /** Records that this process runs the given server; {@link #release()} forgets it at a clean stop. */
    void claim(ProcessHandle server) {
        claim(server, ProcessHandle.current());
    }

    void claim(ProcessHandle server, ProcessHandle owner) {
        Properties record = new Properties();
        record.setProperty(SERVER_PID, Long.toString(server.pid()));
        record.setProperty(OWNER_PID, Long.toString(owner.pid()));
        owner.info().startInstant().ifPresent(start -> record.setProperty(OWNER_STARTED, start.toString()));
        try (Writer out = Files.newBufferedWriter(file)) {
            record.store(out, "The embedded MariaDB of this folder and the application process that started it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void release() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server this process started on the data folder, among its children. */
    Optional<ProcessHandle> startedServer() {
        return ProcessHandle.current().children().filter(this::servesDataDir).findFirst();
    }

    /** Asks the server to stop (InnoDB then closes cleanly); forces it after the grace period. */
    static void stop(ProcessHandle server, Duration grace) {
        server.destroy();
        if (!exited(server, grace)) {
            server.destroyForcibly();
            if (!exited(server, Duration.ofSeconds(10))) {
                throw new IllegalStateException("The MariaDB server " + server.pid() + " left running would not stop");
            }
        }
    }

    boolean servesDataDir(ProcessHandle process) {
        List<String> arguments = process.info().arguments().map(List::of).orElse(List.of());
        return arguments.stream()
                .filter(argument -> argument.startsWith("--datadir="))
                .map(argument -> Path.of(argument.substring("--datadir=".length())))
                .anyMatch(path -> path.toAbsolutePath().normalize().equals(dataDir));
    }

    private Properties read() {
        Properties record = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            record.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return record;
    }

    private static Optional<ProcessHandle> alive(String pid) {
        try {
            return pid == null ? Optional.empty() : ProcessHandle.of(Long.parseLong(pid.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A process id can be reused: the owner is the same process only if it started at the recorded time. */
    private static boolean sameStart(ProcessHandle process, String recordedStart) {
        return recordedStart == null
                || process.info()
                        .startInstant()
                        .map(start -> Objects.equals(start, Instant.parse(recordedStart)))
                        .orElse(true);
    }

    private static boolean exited(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the MariaDB server " + process.pid(), e);
        }
    }
}
