package fr.passeportnumerique.load;

import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.core.Simulation.SetUp;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Gatling's simulation of the current {@link LoadRun}: its learners come at the plan's pace and go round until
 * their rounds are done or the run stops. Each learner's requests carry their own address, as the load balancer in
 * front of the application tells it ({@code X-Forwarded-For}), so that per-address limits see distinct people.
 */
public class LearnerLoadSimulation extends Simulation {

    public LearnerLoadSimulation() {
        LoadRun run = LoadRun.current();
        LoadPlan plan = run.plan();
        HttpProtocolBuilder browser = http.baseUrl(plan.baseUrl())
                .disableFollowRedirect()
                .header("X-Forwarded-For", "#{address}")
                .acceptLanguageHeader("fr-FR,fr;q=0.9")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/140.0 Safari/537.36 (virtual learner)");
        SetUp setUp = setUp(LearnerScenario.of(run)
                        .injectOpen(rampUsers(plan.learners()).during(plan.ramp())))
                .protocols(browser)
                .maxDuration(plan.longest());
        if (!run.recovers()) {
            setUp.assertions(global().failedRequests().count().is(0L));
        }
    }
}
