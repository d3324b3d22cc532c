package fr.passeportnumerique.quiz;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.database.RetriedOnConflict;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learners take a module's quiz: an attempt draws its questions and shuffles them and their choices, keeps the
 * answers as they go (so leaving and coming back resumes it), and is graded once: submitting twice records one
 * result. Each grading publishes {@link QuizGraded}; a module's quiz opens once {@link QuizPrerequisites} allow it, or
 * at once when the learner's placement test found the module mastered (they may then validate it by its quiz alone).
 */
@Service
public class QuizService {

    private static final Answer NO_ANSWER = new Answer.Typed("");

    private final QuizAttemptRepository attempts;
    private final QuizDefinitions definitions;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<QuizPrerequisites> prerequisites;
    private final PlacementRecords placements;
    private final Random random = new Random();

    QuizService(
            QuizAttemptRepository attempts,
            QuizDefinitions definitions,
            AccountService accounts,
            ApplicationEventPublisher events,
            Clock clock,
            ObjectProvider<QuizPrerequisites> prerequisites,
            PlacementRecords placements) {
        this.prerequisites = prerequisites;
        this.placements = placements;
        this.attempts = attempts;
        this.definitions = definitions;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The learner's attempt in progress on this module's quiz, or a new one.
     *
     * @throws QuizLockedException while prerequisite modules are not completed
     */
    @RetriedOnConflict
    @Transactional
    @RolesAllowed(AppRoles.LEARNER)
    public QuizSession start(String moduleSlug) {
        long learner = accounts.currentAccountId();
        QuizDefinition quiz = definitions.of(moduleSlug);
        boolean testingOut = placements
                .latestLevel(learner, moduleSlug)
                .filter(PlacementLevel.ACQUIS::equals)
                .isPresent();
        prerequisites.ifAvailable(rules -> {
            List<String> missing = rules.missingFor(learner, moduleSlug);
            if (!missing.isEmpty() && !testingOut) {
                throw new QuizLockedException(missing);
            }
        });
        QuizAttempt attempt = attempts.findFirstByAccountIdAndModuleSlugAndSubmittedAtIsNullOrderByIdDesc(
                        learner, moduleSlug)
                .orElseGet(() -> attempts.save(new QuizAttempt(learner, moduleSlug, clock.instant(), draw(quiz))));
        List<QuizSession.Shown> shown = new ArrayList<>();
        attempt.presentation()
                .forEach((id, order) ->
                        find(quiz, id).ifPresent(question -> shown.add(new QuizSession.Shown(question, order))));
        return new QuizSession(attempt.getId(), moduleSlug, quiz.passMark(), shown, attempt.answers());
    }

    /** Keeps the answers given so far, so that the attempt can be resumed. */
    @RetriedOnConflict
    @Transactional
    @RolesAllowed(AppRoles.LEARNER)
    public void saveAnswers(long attemptId, Map<String, Answer> answers) {
        QuizAttempt attempt = own(attempts.findForUpdate(attemptId));
        if (!attempt.isSubmitted()) {
            attempt.saveAnswers(answers);
        }
    }

    /** Grades the attempt; an attempt already submitted keeps its first result. */
    @RetriedOnConflict
    @Transactional
    @RolesAllowed(AppRoles.LEARNER)
    public QuizResult submit(long attemptId, Map<String, Answer> answers) {
        QuizAttempt attempt = own(attempts.findForUpdate(attemptId));
        QuizDefinition quiz = definitions.of(attempt.getModuleSlug());
        if (attempt.isSubmitted()) {
            return result(attempt, quiz);
        }
        List<QuizResult.QuestionResult> graded = grade(attempt, quiz, answers);
        double points =
                graded.stream().mapToDouble(result -> result.score().points()).sum();
        int percent = graded.isEmpty() ? 0 : (int) Math.round(points * 100 / graded.size());
        boolean passed = percent >= quiz.passMark();
        attempt.submit(answers, percent, passed, clock.instant());
        events.publishEvent(new QuizGraded(
                attempt.getAccountId(),
                attempt.getModuleSlug(),
                percent,
                passed,
                graded.stream()
                        .map(result -> new QuizGraded.Outcome(
                                result.question().id(),
                                result.question().prompt(),
                                result.score().correct()))
                        .toList(),
                passed
                        && placements
                                .latestLevel(attempt.getAccountId(), attempt.getModuleSlug())
                                .filter(PlacementLevel.ACQUIS::equals)
                                .isPresent()));
        return new QuizResult(attempt.getId(), attempt.getModuleSlug(), percent, quiz.passMark(), passed, graded);
    }

    /** The learner's best result on this module's quiz, if they have submitted one. */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.LEARNER)
    public Optional<Integer> bestScore(String moduleSlug) {
        return attempts
                .findByAccountIdAndModuleSlugAndSubmittedAtIsNotNull(accounts.currentAccountId(), moduleSlug)
                .stream()
                .map(QuizAttempt::getScorePercent)
                .max(Integer::compare);
    }

    private QuizResult result(QuizAttempt attempt, QuizDefinition quiz) {
        List<QuizResult.QuestionResult> graded = grade(attempt, quiz, attempt.answers());
        return new QuizResult(
                attempt.getId(),
                attempt.getModuleSlug(),
                attempt.getScorePercent(),
                quiz.passMark(),
                attempt.hasPassed(),
                graded);
    }

    private static List<QuizResult.QuestionResult> grade(
            QuizAttempt attempt, QuizDefinition quiz, Map<String, Answer> answers) {
        List<QuizResult.QuestionResult> graded = new ArrayList<>();
        for (String id : attempt.presentation().keySet()) {
            find(quiz, id).ifPresent(question -> {
                Answer answer = answers.getOrDefault(id, NO_ANSWER);
                graded.add(new QuizResult.QuestionResult(
                        question, answer, Grading.grade(question, answer), quiz.taughtIn(id)));
            });
        }
        return graded;
    }

    private Map<String, List<Integer>> draw(QuizDefinition quiz) {
        List<Question> bank = new ArrayList<>(quiz.questions());
        Collections.shuffle(bank, random);
        Map<String, List<Integer>> presentation = new LinkedHashMap<>();
        for (Question question : bank.subList(0, Math.min(quiz.draw(), bank.size()))) {
            presentation.put(question.id(), ShownOrder.shuffled(question, random));
        }
        return presentation;
    }

    private static Optional<Question> find(QuizDefinition quiz, String id) {
        return quiz.questions().stream()
                .filter(question -> question.id().equals(id))
                .findFirst();
    }

    /** The attempt if it is the signed-in learner's; anyone else's is as good as unknown. */
    private QuizAttempt own(Optional<QuizAttempt> attempt) {
        long learner = accounts.currentAccountId();
        return attempt.filter(found -> found.getAccountId() == learner)
                .orElseThrow(() -> new IllegalArgumentException("No such attempt"));
    }
}
