package fr.passeportnumerique.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        return io.gatling.app.Gatling$.MODULE$.fromArgs(arguments.toArray(String[]::new));
    }
}
