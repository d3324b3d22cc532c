package fr.passeportnumerique.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.StandardEnvironment;

/**
 * Gatling started inside this JVM on the current {@link LoadRun}: its console summary, and its report in
 * {@code target/gatling/} unless asked not to write one. Returns Gatling's exit status: 0 when every request was
 * answered as expected, non-zero when any failed (the simulation asserts that no request fails).
 */
final class GatlingRun {

    private GatlingRun() {}

    static int run(String description, boolean report) {
        List<String> arguments = new ArrayList<>(List.of(
                "--simulation",
                LearnerLoadSimulation.class.getName(),
                "--results-folder",
                Path.of("target", "gatling").toAbsolutePath().toString(),
                "--run-description",
                description));
        if (!report) {
            arguments.add("--no-reports");
        }
        try {
            return io.gatling.app.Gatling$.MODULE$.fromArgs(arguments.toArray(String[]::new));
        } finally {
            restoreLogging();
        }
    }

    /**
     * Gatling stops Logback when a run ends, as if the JVM were its own: the application's logging is set up again,
     * or every later test of this JVM would log nothing (and those that read the log would fail).
     */
    private static void restoreLogging() {
        LoggingSystem logging = LoggingSystem.get(GatlingRun.class.getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
    }
}
