package fr.passeportnumerique.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stand-in servers are shells whose command line names a data folder, as mariadbd's does. */
class ServerOwnershipTest {

    @TempDir
    Path folder;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        for (Process process : started) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Test
    void a_folder_without_a_record_has_no_orphaned_server() {
        assertThat(ownership().orphanedServer()).isEmpty();
    }

    @Test
    void a_server_whose_application_is_gone_is_found_and_stopped() throws Exception {
        Process server = fakeServer(dataDir());
        Process application = start("sleep", "30");
        ownership().claim(server.toHandle(), application.toHandle());
        application.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        assertThat(ownership().orphanedServer()).contains(server.toHandle());
        ServerOwnership.stop(server.toHandle(), Duration.ofSeconds(10));
        assertThat(server.isAlive()).isFalse();
        assertThat(ownership().orphanedServer()).isEmpty();
    }

    @Test
    void a_server_whose_application_still_runs_is_refused_rather_than_stopped() throws Exception {
        Process server = fakeServer(dataDir());
        ownership().claim(server.toHandle());

        assertThatThrownBy(() -> ownership().orphanedServer())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("in use by the application running as process "
                        + ProcessHandle.current().pid());
        assertThat(server.isAlive()).isTrue();
    }

    @Test
    void a_recorded_process_serving_another_folder_is_left_alone() throws Exception {
        Process elsewhere = fakeServer(folder.resolve("other"));
        Process application = start("sleep", "30");
        ownership().claim(elsewhere.toHandle(), application.toHandle());
        application.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        assertThat(ownership().orphanedServer()).isEmpty();
    }

    @Test
    void a_clean_stop_forgets_the_server() throws Exception {
        Process server = fakeServer(dataDir());
        ownership().claim(server.toHandle());
        ownership().release();

        assertThat(ownership().orphanedServer()).isEmpty();
    }

    @Test
    void the_server_started_by_this_process_is_found_among_its_children() throws Exception {
        Process server = fakeServer(dataDir());
        fakeServer(folder.resolve("other"));

        assertThat(ownership().startedServer()).contains(server.toHandle());
    }

    private ServerOwnership ownership() {
        return new ServerOwnership(folder, dataDir());
    }

    private Path dataDir() {
        return folder.resolve("data");
    }

    /** {@code ; true} keeps the shell from replacing itself with sleep, which would drop the arguments. */
    private Process fakeServer(Path dataDir) throws IOException {
        return start("sh", "-c", "sleep 30; true", "mariadbd", "--datadir=" + dataDir);
    }

    private Process start(String... command) throws IOException {
        Process process = new ProcessBuilder(command).start();
        started.add(process);
        return process;
    }
}
