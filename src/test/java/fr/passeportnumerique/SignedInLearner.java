package fr.passeportnumerique;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.LessonSummary;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.learning.LearningService;
import fr.passeportnumerique.quiz.Answer;
import fr.passeportnumerique.quiz.QuizResult;
import fr.passeportnumerique.quiz.QuizService;
import fr.passeportnumerique.quiz.QuizSession;
import fr.passeportnumerique.quiz.RightAnswers;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;

/** A new learner who reads lessons and takes quizzes through the services, signed in as after the sign-in form. */
public final class SignedInLearner {

    private final String email;
    private final CurriculumService curriculum;
    private final LearningService learning;
    private final QuizService quizzes;

    private SignedInLearner(String email, ApplicationContext context) {
        this.email = email;
        this.curriculum = context.getBean(CurriculumService.class);
        this.learning = context.getBean(LearningService.class);
        this.quizzes = context.getBean(QuizService.class);
    }

    /** Registers a learner whose address starts with {@code name}, as {@link TestLearners#register} does. */
    public static SignedInLearner register(ApplicationContext context, String name) {
        return new SignedInLearner(TestLearners.register(context.getBean(AccountService.class), name), context);
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
