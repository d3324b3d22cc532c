package fr.passeportnumerique.quiz;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.database.RetriedOnConflict;
import fr.passeportnumerique.quiz.placement.PlacementItem;
import fr.passeportnumerique.quiz.placement.PlacementResponse;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adaptive placement test (« Faire le point »): one question at a time, drawn from the modules' quiz banks, each
 * answer updating the estimate of every module, until each is known well enough, fifteen minutes are used or the
 * learner ends it. A test can be left and resumed; an answer sent twice counts once. The result proposes a path
 * ({@link PlacementResults}) and lets the learner test out of the modules found mastered.
 */
@Service
public class PlacementService {

    private final PlacementTestRepository tests;
    private final PlacementRecords records;
    private final PlacementBank banks;
    private final PlacementEngine engine;
    private final AccountService accounts;
    private final Clock clock;
    private final Random random = new Random();

    PlacementService(
            PlacementTestRepository tests,
            PlacementRecords records,
            PlacementBank banks,
            PlacementEngine engine,
            AccountService accounts,
            Clock clock) {
        this.tests = tests;
        this.records = records;
        this.banks = banks;
        this.engine = engine;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The question of the test in progress, if the signed-in learner has one. */
    @Transactional
    @RolesAllowed(AppRoles.LEARNER)
    public Optional<PlacementStep> resume() {
        return tests.findFirstByAccountIdAndFinishedAtIsNullOrderByIdDesc(accounts.currentAccountId())
                .flatMap(test -> step(test, banks.current()));
    }

    /** The test in progress, or a new one; its first question. Empty when the bank has nothing to ask. */
    @RetriedOnConflict
    @Transactional
    @RolesAllowed(AppRoles.LEARNER)
    public Optional<PlacementStep> start() {
        long learner = accounts.currentAccountId();
        PlacementTest test = tests.findFirstByAccountIdAndFinishedAtIsNullOrderByIdDesc(learner)
                .orElseGet(() -> tests.save(new PlacementTest(learner, clock.instant())));
        return step(test, banks.current());
    }

    /**
     * Records the answer to the question at {@code position} and returns the next one, or empty when the test is
     * over. An answer to a place already answered (sent twice) changes nothing and returns the question now shown.
     */
    @RetriedOnConflict
    @Transactional
    @RolesAllowed(AppRoles.LEARNER)
    public Optional<PlacementStep> answer(long testId, int position, Answer answer) {
        PlacementTest test = own(testId);
        PlacementBank.Bank bank = banks.current();
        List<PlacementResponse> responses = records.responses(testId);
        if (test.isFinished()
                || position != responses.size() + 1
                || test.currentQuestion().isEmpty()) {
            return test.isFinished() ? Optional.empty() : step(test, bank);
        }
        String module = test.currentModule().orElseThrow();
        String questionId = test.currentQuestion().orElseThrow();
        Optional<Question> question = bank.question(module, questionId);
        Instant now = clock.instant();
        if (question.isPresent()) {
            Optional<PlacementItem> item = bank.item(module, questionId);
            PlacementResponse response = new PlacementResponse(
                    module,
                    questionId,
                    item.map(PlacementItem::difficulty).orElse(0.0),
                    Grading.grade(question.get(), answer).points(),
                    item.map(PlacementItem::parts).orElse(1));
            records.answer(testId, position, response, AnswerCodec.writeAnswers(Map.of(questionId, answer)), now);
        }
        test.answered(now);
        return step(test, bank);
    }

    /** Ends the test now, with what the answers so far say. */
    @RetriedOnConflict
    @Transactional
    @RolesAllowed(AppRoles.LEARNER)
    public void finishNow(long testId) {
        PlacementTest test = own(testId);
        if (!test.isFinished()) {
            finish(test, banks.current(), records.responses(testId), PlacementStop.LEARNER);
        }
    }

    /** The question shown now, choosing it if none is; or, when the rules say so, the end of the test. */
    private Optional<PlacementStep> step(PlacementTest test, PlacementBank.Bank bank) {
        if (test.isFinished()) {
            return Optional.empty();
        }
        List<PlacementResponse> responses = records.responses(test.getId());
        if (test.currentQuestion().isEmpty()) {
            PlacementEngine.Decision decision = engine.decide(bank, responses, test.activeTime());
            if (decision.stop().isPresent()) {
                finish(test, bank, responses, decision.stop().get());
                return Optional.empty();
            }
            PlacementItem next = decision.next().orElseThrow();
            Question question =
                    bank.question(next.moduleSlug(), next.questionId()).orElseThrow();
            test.show(next.moduleSlug(), next.questionId(), ShownOrder.shuffled(question, random), clock.instant());
        }
        String module = test.currentModule().orElseThrow();
        Optional<Question> shown = bank.question(module, test.currentQuestion().orElseThrow());
        if (shown.isEmpty()) {
            // The question was removed by a publication since it was shown: another one takes its place.
            test.answered(clock.instant());
            return step(test, bank);
        }
        return Optional.of(new PlacementStep(
                test.getId(),
                responses.size() + 1,
                engine.timeLeft(test.activeTime()),
                module,
                banks.moduleNumber(module),
                banks.moduleTitle(module),
                new QuizSession.Shown(shown.get(), test.currentOrder())));
    }

    private void finish(
            PlacementTest test, PlacementBank.Bank bank, List<PlacementResponse> responses, PlacementStop reason) {
        test.answered(clock.instant());
        test.finish(reason, clock.instant());
        records.results(test.getId(), engine.estimates(bank, responses), responses);
        records.forgetPaths(test.getAccountId());
    }

    private PlacementTest own(long testId) {
        long learner = accounts.currentAccountId();
        return tests.findForUpdate(testId)
                .filter(test -> test.getAccountId() == learner)
                .orElseThrow(() -> new IllegalArgumentException("No such placement test"));
    }
}
