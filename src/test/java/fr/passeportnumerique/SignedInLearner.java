package fr.passeportnumerique;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.LessonSummary;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.learning.LearningService;
import fr.passeportnumerique.quiz.Answer;
import fr.passeportnumerique.quiz.PlacementService;
import fr.passeportnumerique.quiz.PlacementStep;
import fr.passeportnumerique.quiz.Question;
import fr.passeportnumerique.quiz.QuizResult;
import fr.passeportnumerique.quiz.QuizService;
import fr.passeportnumerique.quiz.QuizSession;
import fr.passeportnumerique.quiz.RightAnswers;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;

/**
 * A new learner who reads lessons, takes quizzes and the placement test through the services, signed in as after the
 * sign-in form.
 */
public final class SignedInLearner {

    /** More than the placement test ever asks (its rules stop it before). */
    public static final int MAX_PLACEMENT_QUESTIONS = 40;

    private final String email;
    private final CurriculumService curriculum;
    private final LearningService learning;
    private final QuizService quizzes;
    private final PlacementService placements;

    private SignedInLearner(String email, ApplicationContext context) {
        this.email = email;
        this.curriculum = context.getBean(CurriculumService.class);
        this.learning = context.getBean(LearningService.class);
        this.quizzes = context.getBean(QuizService.class);
        this.placements = context.getBean(PlacementService.class);
    }

    /** Registers a learner whose address starts with {@code name}, as {@link TestLearners#register} does. */
    public static SignedInLearner register(ApplicationContext context, String name) {
        return registerAt(context, name, null);
    }

    /** Registers a learner of the welcome point (none when null). */
    public static SignedInLearner registerAt(ApplicationContext context, String name, Long welcomePoint) {
        return new SignedInLearner(
                TestLearners.register(context.getBean(AccountService.class), name, welcomePoint), context);
    }

    public String email() {
        return email;
    }

    public <T> T does(Supplier<T> call) {
        return SignedIn.as(email, AppRoles.LEARNER, call);
    }

    public void does(Runnable call) {
        SignedIn.as(email, AppRoles.LEARNER, call);
    }

    public void readsAllLessons(String module) {
        for (LessonSummary lesson : curriculum.module(module).orElseThrow().lessons()) {
            does(() -> learning.completeLesson(module, lesson.slug()));
        }
    }

    public QuizSession startsQuiz(String module) {
        return does(() -> quizzes.start(module));
    }

    public QuizResult submits(QuizSession session, Map<String, Answer> answers) {
        return does(() -> quizzes.submit(session.attemptId(), answers));
    }

    /** Starts the module's quiz and answers every question right. */
    public QuizResult passesQuiz(String module) {
        QuizSession session = startsQuiz(module);
        return submits(session, RightAnswers.to(session));
    }

    /** Takes the placement test to its end, answering each question as {@code answers} says; how many were asked. */
    public int takesPlacementTest(Function<Question, Answer> answers) {
        Optional<PlacementStep> step = does(() -> placements.start());
        int asked = 0;
        while (step.isPresent()) {
            PlacementStep shown = step.get();
            asked++;
            if (asked > MAX_PLACEMENT_QUESTIONS) {
                throw new AssertionError(
                        "The placement test asked more than " + MAX_PLACEMENT_QUESTIONS + " questions");
            }
            step = does(() -> placements.answer(
                    shown.testId(),
                    shown.position(),
                    answers.apply(shown.shown().question())));
        }
        return asked;
    }

    /** Starts the placement test, answers {@code count} questions right, then ends it there. */
    public void endsPlacementTestAfter(int count) {
        PlacementStep step = does(() -> placements.start()).orElseThrow();
        for (int i = 0; i < count; i++) {
            PlacementStep shown = step;
            step = does(() -> placements.answer(
                            shown.testId(),
                            shown.position(),
                            RightAnswers.of(shown.shown().question())))
                    .orElseThrow();
        }
        long testId = step.testId();
        does(() -> placements.finishNow(testId));
    }

    /** Starts the placement test and leaves it at its first question. */
    public void startsPlacementTest() {
        does(() -> placements.start()).orElseThrow();
    }

    /** Reads every lesson of the module, then passes its quiz. */
    public void completes(String module) {
        readsAllLessons(module);
        passesQuiz(module);
    }

    /** Completes every module of the curriculum in order: all its lessons and quizzes, through the services. */
    public void graduates() {
        for (ModuleSummary module : curriculum.modules()) {
            completes(module.slug());
        }
    }
}
