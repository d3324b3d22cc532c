package fr.passeportnumerique.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The learner round as Gatling runs it: sign in, then the round's moves, each followed by the learner's reading
 * (during which the page sends its heartbeats and activity reports), again and again; at the end, sign out and
 * close the tab. Any
 * request that fails (an HTTP error, an answer the client would refuse, a page without what the move should show)
 * is a KO in Gatling's report and in the run's tally, and the learner stops there.
 */
final class LearnerScenario {

    private static final String LEARNER = "learner";
    private static final String JSON = "application/json; charset=UTF-8";

    private LearnerScenario() {}

    static ScenarioBuilder of(LoadRun run) {
        return run.recovers() ? recovering(run) : leavingAtTheFirstFailure(run);
    }

    private static ScenarioBuilder leavingAtTheFirstFailure(LoadRun run) {
        return scenario("learner round")
                .exec(session -> {
                    Learner learner = run.newLearner();
                    return session.set(LEARNER, learner).set("address", learner.address());
                })
                .exec(signIn(run))
                .exec(reading())
                .asLongAs(session -> !run.isStopping()
                        && (run.plan().untilStopped()
                                || round(session) < run.plan().rounds()))
                .on(round())
                .exec(signOut(run));
    }

    /**
     * The same rounds, but a learner whose request fails forgets their cookies (the tab reloaded on whatever node
     * the balancer picks), waits a second, signs in again and goes on.
     */
    private static ScenarioBuilder recovering(LoadRun run) {
        return scenario("learner round, signing in again after a failure")
                .exec(session -> {
                    Learner learner = run.newLearner();
                    return session.set(LEARNER, learner).set("address", learner.address());
                })
                .asLongAs(session -> !run.isStopping())
                .on(exitBlockOnFail()
                        .on(exec(signIn(run))
                                .exec(reading())
                                .asLongAs(session -> !run.isStopping())
                                .on(round()))
                        .doIf(Session::isFailed)
                        .then(exec(session -> {
                                    Learner learner = learner(session);
                                    run.tally()
                                            .failure(learner.email() + " at « " + session.getString("step") + " »: "
                                                    + learner.problem());
                                    learner.lose();
                                    return session.markAsSucceeded();
                                })
                                .exec(flushCookieJar())
                                .pause(Duration.ofSeconds(1))))
                .exec(signOut(run));
    }

    private static int round(Session session) {
        return session.contains("round") ? session.getInt("round") : 0;
    }

    private static Learner learner(Session session) {
        return session.get(LEARNER);
    }

    private static ChainBuilder round() {
        ChainBuilder round = exec(session -> session);
        for (LearnerMoves.Move move : LearnerMoves.Move.values()) {
            // A run that stops lets each learner finish the round-trips of their move, then sign out.
            round = round.doIf(session -> !LoadRun.current().isStopping())
                    .then(exec(session -> {
                                LearnerMoves.begin(move, learner(session));
                                return session;
                            })
                            .exec(roundTrips())
                            .exec(session -> {
                                learner(session).moveDone();
                                return session;
                            })
                            .exec(reading()));
        }
        return round.exec(session -> {
            learner(session).nextRound();
            return session.set("round", round(session) + 1);
        });
    }

    private static ChainBuilder signIn(LoadRun run) {
        return exec(pageLoad("sign-in page", "/connexion", learner -> {}))
                .exec(stopIfFailed())
                .exec(roundTrips())
                .exec(named("sign in"))
                .exec(http("sign in")
                        .post("/connexion")
                        .header("Origin", run.plan().baseUrl())
                        .formParam("_csrf", session -> learner(session).formToken())
                        .formParam("username", session -> learner(session).email())
                        .formParam("password", session -> learner(session).password())
                        .check(httpStatus(302), header("Location").validate("signed in", (location, session) -> {
                            if (location.contains("connexion")) {
                                throw learner(session)
                                        .failed(new ProtocolException("sign-in refused: sent back to " + location));
                            }
                            return location;
                        })))
                .exec(stopIfFailed())
                .exec(pageLoad(
                        "catalogue page",
                        "/",
                        learner -> LearnerMoves.expectHeading(learner, LearnerMoves.CATALOGUE_TITLE)))
                .exec(stopIfFailed())
                .exec(roundTrips())
                .exec(session -> {
                    run.tally().signIn();
                    learner(session).moveDone();
                    learner(session).signedIn();
                    return session;
                });
    }

    private static ChainBuilder signOut(LoadRun run) {
        return exec(session -> {
                    LearnerMoves.signOut(learner(session));
                    return session;
                })
                .exec(roundTrips())
                .exec(pageLoad("catalogue page after signing out", "/", LearnerMoves::expectSignedOut))
                .exec(stopIfFailed())
                .exec(roundTrips())
                .exec(named("tab closed"))
                .exec(http("tab closed")
                        .post(session -> learner(session).page().roundTripPath())
                        .header("Content-Type", "text/plain;charset=UTF-8")
                        .body(StringBody(session -> learner(session).page().unloadBeacon()))
                        .check(httpStatus(200)))
                .exec(stopIfFailed())
                .exec(session -> {
                    run.tally().signOut();
                    return session;
                });
    }

    /** A page loaded in the tab; the round-trip the page then sends by itself is queued. */
    private static ChainBuilder pageLoad(String name, String path, Consumer<Learner> expectation) {
        return exec(named(name))
                .exec(http(name)
                        .get(path)
                        .check(httpStatus(200), bodyString().validate("a Vaadin page", (html, session) -> {
                            Learner learner = learner(session);
                            try {
                                learner.pageLoaded(html, path);
                                expectation.accept(learner);
                            } catch (RuntimeException e) {
                                throw learner.failed(e);
                            }
                            return html;
                        })));
    }

    private static ChainBuilder named(String request) {
        return exec(session -> session.set("step", request));
    }

    /** The HTTP status expected, a failure the learner's report names otherwise. */
    private static CheckBuilder.Final httpStatus(int expected) {
        return status().validate("HTTP " + expected, (status, session) -> {
            if (status != expected) {
                throw learner(session).failed(new ProtocolException("HTTP " + status));
            }
            return status;
        });
    }

    /** The round-trips due, one at a time, each named after its step in Gatling's report. */
    private static ChainBuilder roundTrips() {
        return asLongAs(session -> learner(session).hasRoundTrip())
                .on(exec(session -> session.set("step", learner(session).roundTripName()))
                        .exec(http("#{step}")
                                .post(session -> learner(session).page().roundTripPath())
                                .header("Content-Type", JSON)
                                .body(StringBody(session -> learner(session).roundTripBody()))
                                .check(
                                        httpStatus(200),
                                        bodyString().validate("what the learner sees", (body, session) -> {
                                            learner(session).answered(body);
                                            return body;
                                        })))
                        .exec(stopIfFailed()));
    }

    /** The learner reads; meanwhile the page sends what it sends by itself, when it is due. */
    private static ChainBuilder reading() {
        return exec(session -> {
                    learner(session).startReading();
                    return session;
                })
                .asLongAs(session ->
                        learner(session).isReading() && !LoadRun.current().isStopping())
                .on(pause(session -> learner(session).untilNextEvent())
                        .doIf(session -> learner(session).takeDueEvent())
                        .then(exec(named("heartbeat"))
                                .exec(http("heartbeat")
                                        .post(session -> learner(session).page().heartbeatPath())
                                        .header("Content-Type", "text/plain; charset=utf-8")
                                        .check(httpStatus(200)))
                                .exec(stopIfFailed())
                                .exec(session -> {
                                    learner(session).heartbeatAnswered();
                                    return session;
                                }))
                        .exec(roundTrips()))
                // A round-trip (a report) may run past the end of the reading: its end is then done here, before
                // the next move, not during the next page's reading.
                .exec(session -> {
                    if (!LoadRun.current().isStopping()) {
                        learner(session).finishReading();
                    }
                    return session;
                })
                .exec(roundTrips());
    }

    /** A failed request ends the learner's run, with what went wrong kept for the report. */
    private static ChainBuilder stopIfFailed() {
        return doIf(Session::isFailed)
                .then(exec(session -> {
                            Learner learner = learner(session);
                            LoadRun.current()
                                    .tally()
                                    .failure(learner.email() + " at « "
                                            + session.getString("step")
                                            + " »: " + learner.problem());
                            return session;
                        })
                        .exitHere());
    }
}
