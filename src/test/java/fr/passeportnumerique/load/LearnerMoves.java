package fr.passeportnumerique.load;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The moves of the learner round as round-trips, each as Chromium sends it for a person's click (recorded by
 * {@code ProtocolRecordingBench}), each checked against what the learner should then see.
 */
final class LearnerMoves {

    /** The learner round, in order. */
    enum Move {
        CATALOGUE,
        MODULE,
        LESSON,
        NEXT_LESSON,
        QUIZ,
        SEARCH
    }

    static final String CATALOGUE_TITLE = LearnerTexts.text("catalogue.title");
    private static final String QUIZ_TITLE = LearnerTexts.text("quiz.title");
    private static final String TYPED_ANSWER = "sauvegarde";

    private LearnerMoves() {}

    static void begin(Move move, Learner learner) {
        Visit visit = learner.visit();
        switch (move) {
            case CATALOGUE -> follow(learner, "catalogue", "", true, CATALOGUE_TITLE);
            case MODULE -> follow(learner, "module", "modules/" + visit.module(), true, visit.moduleTitle());
            case LESSON -> {
                follow(
                        learner,
                        "lesson",
                        "modules/" + visit.lessonPath(),
                        true,
                        visit.lesson().title());
                learner.atEndOfReading(() -> {
                    reachEnd(learner);
                    finishLesson(learner, visit.module(), visit.lesson().slug());
                });
            }
            case NEXT_LESSON -> {
                String href =
                        "modules/" + visit.module() + "/" + visit.nextLesson().slug();
                follow(learner, "next lesson", href, true, visit.nextLesson().title());
                learner.atEndOfReading(() -> {
                    finishLesson(learner, visit.module(), visit.nextLesson().slug());
                    reachEnd(learner);
                });
            }
            case QUIZ -> {
                // The quiz is linked from its module's page only: the learner goes there from the lesson by address.
                follow(learner, "quiz", "modules/" + Visit.QUIZ_MODULE + "/quiz", false, QUIZ_TITLE);
                learner.atEndOfReading(() -> answerAndSend(learner));
            }
            case SEARCH -> search(learner, visit.query());
        }
    }

    /** A router link clicked: the router asks the server for the view; then whatever fields it shows upgrade. */
    private static void follow(Learner learner, String name, String href, boolean linkShown, String heading) {
        learner.queue(new Step(
                name,
                () -> {
                    if (linkShown && learner.targets().routerLink(href).isEmpty()) {
                        throw new ProtocolException("no link to « " + href + " » on the page");
                    }
                    VaadinPage page = learner.page();
                    return List.of(Rpc.navigation(href, "", "link", page.nextHistoryState()));
                },
                () -> expectHeading(learner, heading)));
        learner.queue(Step.of(
                name + ": fields upgraded",
                () -> ComponentUpgradeEcho.of(
                        learner.page().tree(), learner.page().attachedByLastAnswer())));
    }

    static void expectHeading(Learner learner, String expected) {
        Optional<String> heading = learner.targets().heading();
        if (heading.filter(expected::equals).isEmpty()) {
            throw new ProtocolException(
                    "the learner reads « " + heading.orElse("no heading") + " » instead of « " + expected + " »");
        }
    }

    /** The learner scrolled down to the end of the text: the tracker tells the server, when the end still matters. */
    private static void reachEnd(Learner learner) {
        learner.queue(Step.of(
                "end of the text reached",
                () -> learner.targets()
                        .activityTracker()
                        .filter(tracker ->
                                tracker.attribute(PageTargets.WATCHES_END).isPresent())
                        .map(tracker -> List.of(Rpc.clientCallable(
                                tracker.id, "reachedEnd", learner.page().nextPromise(tracker.id))))
                        .orElse(List.of())));
    }

    /** « J’ai terminé cette leçon » when the page still offers it; either way the lesson ends up done. */
    private static void finishLesson(Learner learner, String module, String lesson) {
        learner.queue(new Step(
                "finish the lesson",
                () -> {
                    Optional<StateNode> finish = learner.targets().button(LearnerTexts.FINISH_LESSON);
                    if (finish.isPresent() && learner.sawDone(module, lesson)) {
                        throw learner.progressLost(lesson);
                    }
                    return finish.map(button -> List.of(click(learner, button))).orElse(List.of());
                },
                () -> {
                    expectText(learner, LearnerTexts.LESSON_DONE);
                    learner.lessonDone(module, lesson);
                }));
    }

    /**
     * Every question answered in the page (the browser keeps the choices; the page's reports carry them meanwhile,
     * see {@link Learner#takeDueEvent}), then the attempt sent: the click carries the sheet's values.
     */
    private static void answerAndSend(Learner learner) {
        reachEnd(learner);
        learner.queue(new Step(
                "send the quiz",
                () -> {
                    StateNode sheet = learner.targets()
                            .answerSheet()
                            .orElseThrow(() -> new ProtocolException("the quiz shows no answer sheet; the page reads « "
                                    + learner.targets().pageText(300) + " »"));
                    StateNode send = learner.targets()
                            .button(LearnerTexts.SUBMIT_QUIZ)
                            .orElseThrow(() ->
                                    new ProtocolException("the quiz offers no « " + LearnerTexts.SUBMIT_QUIZ + " »"));
                    ObjectNode click = click(learner, send);
                    JsonNode listener =
                            learner.page().tree().listener(send, "click").orElseThrow();
                    listener.propertyNames().stream()
                            .filter(expression -> expression.contains("FormData"))
                            .forEach(expression -> ((ObjectNode) click.get("data"))
                                    .put(expression, learner.targets().firstChoices(sheet, TYPED_ANSWER)));
                    return List.of(click);
                },
                () -> {
                    String verdict = learner.targets().heading().orElse("no heading");
                    if (!verdict.equals(LearnerTexts.QUIZ_PASSED) && !verdict.equals(LearnerTexts.QUIZ_FAILED)) {
                        throw new ProtocolException("no verdict after sending the quiz: « " + verdict + " »");
                    }
                    learner.quizSent();
                }));
    }

    /** The answers given so far, sent by the sheet's script with the page's report. */
    static Optional<ObjectNode> keptAnswers(Learner learner) {
        return learner.targets()
                .answerSheet()
                .map(sheet -> Rpc.event(
                        sheet.id,
                        PageTargets.KEEP_EVENT,
                        JsonNodeFactory.instance
                                .objectNode()
                                .put("event.detail", learner.targets().firstChoices(sheet, TYPED_ANSWER))));
    }

    /** Typed in the header's search field, then Enter: the field's filter, then its custom value. */
    private static void search(Learner learner, String query) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        learner.queue(Step.of("search: typed", () -> {
            int field = learner.targets().headerSearch().id;
            return List.of(
                    Rpc.propertySync(field, "filter", StringNode.valueOf(query)),
                    Rpc.event(field, "filter-changed"),
                    Rpc.propertySync(field, "opened", json.booleanNode(true)),
                    Rpc.event(field, "opened-changed"));
        }));
        learner.queue(new Step(
                "search: Enter",
                () -> {
                    int field = learner.targets().headerSearch().id;
                    return List.of(
                            Rpc.event(
                                    field, "custom-value-set", json.objectNode().put("event.detail", query)),
                            Rpc.propertySync(field, "filter", StringNode.valueOf("")),
                            Rpc.event(field, "filter-changed"),
                            Rpc.propertySync(field, "opened", json.booleanNode(false)),
                            Rpc.event(field, "opened-changed"));
                },
                () -> {
                    StateTree tree = learner.page().tree();
                    String count = learner.targets()
                            .withClass("pn-search-count")
                            .map(tree::text)
                            .orElseThrow(() -> new ProtocolException("no search results for « " + query + " »"));
                    if (!count.contains(query)) {
                        throw new ProtocolException("the results are not for « " + query + " »: " + count);
                    }
                }));
    }

    /** The header's « Se déconnecter »: the server ends the session and sends the page back to the catalogue. */
    static void signOut(Learner learner) {
        learner.queue(Step.endingSession(
                "sign out",
                () -> List.of(click(
                        learner,
                        learner.targets()
                                .button(LearnerTexts.SIGN_OUT)
                                .orElseThrow(
                                        () -> new ProtocolException("no « " + LearnerTexts.SIGN_OUT + " » button"))))));
    }

    /** After signing out, the header offers to sign in again. */
    static void expectSignedOut(Learner learner) {
        if (learner.targets().routerLink("connexion").isEmpty()) {
            throw new ProtocolException("still signed in after signing out");
        }
    }

    private static ObjectNode click(Learner learner, StateNode button) {
        return Rpc.click(
                button.id,
                learner.page().tree().listener(button, "click").orElseGet(JsonNodeFactory.instance::objectNode));
    }

    static void expectText(Learner learner, String text) {
        if (!learner.page().tree().shows(text)) {
            throw new ProtocolException("the learner does not see « " + text + " »");
        }
    }
}
