package fr.passeportnumerique.load;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One virtual learner: their account and address, the page open in their tab, the round-trips left in their current
 * move, and their reading between moves. Gatling runs one learner's requests one after the other, never two at once,
 * as Vaadin's client does.
 */
final class Learner {

    private final String email;
    private final String password;
    private final String address;
    private final LoadPlan plan;
    private final LoadTally tally;
    private final Deque<Step> steps = new ArrayDeque<>();
    private final Reading reading = new Reading();
    private VaadinPage page;
    private PageTargets targets;
    private String formToken = "";
    private List<ObjectNode> pending = List.of();
    private RuntimeException unsendable;
    private Runnable atEndOfReading = () -> {};
    private String problem = "";
    private int round;
    private boolean lost;
    private final Set<String> lessonsShownDone = new HashSet<>();

    Learner(String email, String password, String address, LoadPlan plan, LoadTally tally) {
        this.email = email;
        this.password = password;
        this.address = address;
        this.plan = plan;
        this.tally = tally;
    }

    /** The session failed: the learner will sign in again, and that sign-in counts as a recovery. */
    void lose() {
        lost = true;
        tally.sessionLost();
    }

    /** Signed in and shown the catalogue: if the session had failed, the learner is served again. */
    void signedIn() {
        if (lost) {
            lost = false;
            tally.sessionRecovered();
        }
    }

    void lessonDone(String module, String lesson) {
        lessonsShownDone.add(module + "/" + lesson);
        tally.lessonDone(email, module, lesson);
    }

    /** A lesson shown as done before is offered to finish again: what the learner had done is gone. */
    ProtocolException progressLost(String lesson) {
        tally.progressLost();
        return new ProtocolException(
                "progress lost: « " + lesson + " », shown as done before, is offered to finish again");
    }

    /** Whether the server showed this learner the lesson as done before (on any node, in any session of theirs). */
    boolean sawDone(String module, String lesson) {
        return lessonsShownDone.contains(module + "/" + lesson);
    }

    void quizSent() {
        tally.quizSent(email);
    }

    String email() {
        return email;
    }

    String password() {
        return password;
    }

    String address() {
        return address;
    }

    String formToken() {
        return formToken;
    }

    VaadinPage page() {
        return page;
    }

    PageTargets targets() {
        return targets;
    }

    LoadPlan plan() {
        return plan;
    }

    Visit visit() {
        return plan.visits()
                .get(Math.floorMod(round + address.hashCode(), plan.visits().size()));
    }

    void nextRound() {
        round++;
    }

    /** The page the browser shows after loading this HTML, and the round-trip it sends right away by itself. */
    void pageLoaded(String html, String route) {
        page = VaadinPage.open(html);
        targets = new PageTargets(page.tree());
        formToken = BootstrapPage.formToken(html);
        steps.clear();
        reading.pageLoaded(page.heartbeatSeconds(), now());
        List<Integer> shown = page.attachedByLastAnswer();
        queue(new Step(
                "page's first round-trip",
                () -> {
                    List<ObjectNode> invocations = new ArrayList<>(ComponentUpgradeEcho.of(page.tree(), shown));
                    invocations.add(Rpc.navigation(route, "", "", Map.of("idx", 0)));
                    return invocations;
                },
                () -> {}));
    }

    void queue(Step step) {
        steps.add(step);
    }

    /** What to do once the learner has read the page: the end of a move that comes after reading. */
    void atEndOfReading(Runnable end) {
        atEndOfReading = end;
    }

    /** Whether a round-trip is due; steps with nothing to send are done on the spot. */
    boolean hasRoundTrip() {
        while (!steps.isEmpty()) {
            try {
                pending = steps.peek().invocations().get();
            } catch (RuntimeException e) {
                // Sent with the next request, so that Gatling counts it as that request's failure.
                unsendable = e;
                return true;
            }
            if (!pending.isEmpty()) {
                return true;
            }
            steps.poll().then().run();
        }
        return false;
    }

    String roundTripName() {
        return steps.isEmpty() ? "round-trip" : steps.peek().name();
    }

    String roundTripBody() {
        if (unsendable != null) {
            RuntimeException e = unsendable;
            unsendable = null;
            throw failed(e);
        }
        return page.request(pending);
    }

    /** Takes the answer in and checks what the learner now sees; a failure is remembered for the report. */
    void answered(String body) {
        Step step = steps.poll();
        try {
            if (step != null && step.endsSession()) {
                page.receiveEnd(body);
                tally.roundTrip();
                return;
            }
            page.receive(body);
            targets.expectNoError();
            reading.trackerShown(targets.activityTracker().map(node -> node.id).orElse(null), now());
            if (step != null) {
                step.then().run();
            }
            tally.roundTrip();
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    /** Remembers what went wrong for the report, and gives the failure back to be thrown. */
    RuntimeException failed(RuntimeException e) {
        problem = e.getMessage();
        return e;
    }

    /** The last thing that went wrong, for the report. */
    String problem() {
        return problem;
    }

    void moveDone() {
        tally.move();
    }

    void startReading() {
        reading.start(now(), plan.thinkTime().next());
    }

    boolean isReading() {
        return reading.isReading(now());
    }

    Duration untilNextEvent() {
        return reading.untilNext(now());
    }

    /** What the page sends now by itself; queues its round-trips and tells whether a heartbeat is due. */
    boolean takeDueEvent() {
        switch (reading.next()) {
            case HEARTBEAT -> {
                return true;
            }
            case REPORT -> {
                int tracker = reading.tracker();
                int[] report = reading.report(now());
                boolean withAnswers = reading.answersChangedSinceReport();
                queue(Step.of("activity report", () -> {
                    List<ObjectNode> calls = new ArrayList<>();
                    // On the quiz, the answers given since the last report go first, in the same round-trip.
                    if (withAnswers) {
                        LearnerMoves.keptAnswers(this).ifPresent(calls::add);
                    }
                    calls.add(Rpc.event(
                            tracker,
                            PageTargets.REPORT_EVENT,
                            JsonNodeFactory.instance
                                    .objectNode()
                                    .put("event.detail.percent", report[0])
                                    .put("event.detail.seconds", report[1])));
                    return calls;
                }));
            }
            case END -> finishReading();
        }
        return false;
    }

    /** What the learner does once the page is read (finish the lesson, send the quiz), if not done yet. */
    void finishReading() {
        Runnable end = atEndOfReading;
        atEndOfReading = () -> {};
        reading.end();
        end.run();
    }

    void heartbeatAnswered() {
        tally.heartbeat();
        reading.heartbeatAnswered(now());
    }

    private static long now() {
        return System.currentTimeMillis();
    }
}
