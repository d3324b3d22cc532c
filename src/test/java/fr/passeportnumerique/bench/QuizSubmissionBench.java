package fr.passeportnumerique.bench;

import static fr.passeportnumerique.SignedIn.as;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.quiz.QuizService;
import fr.passeportnumerique.quiz.QuizSession;
import fr.passeportnumerique.quiz.RightAnswers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Quiz submissions per second against MariaDB with 100 learners submitting at once. Each learner, in its own
 * thread, starts an attempt and submits it (graded, stored, best score and progress updated in one transaction),
 * again and again, through the same services the quiz page calls. A warm-up runs first; then the measured window.
 */
@IntegrationTest
class QuizSubmissionBench {

    private static final int LEARNERS = 100;
    private static final long WARM_UP_MILLIS = 10_000;
    private static final long MEASURE_MILLIS = 30_000;
    private static final String MODULE = "premiers-pas";

    @Autowired
    QuizService quizzes;

    @Autowired
    AccountService accounts;

    @Autowired
    DataSource dataSource;

    @Test
    void submissions_per_second_with_100_concurrent_learners() throws Exception {
        List<String> learners = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            learners.add(TestLearners.register(accounts, "bench" + i));
        }
        List<Long> submitNanos = Collections.synchronizedList(new ArrayList<>());
        List<Long> roundTripNanos = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicInteger failures = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch ready = new CountDownLatch(LEARNERS);
        ExecutorService pool = Executors.newFixedThreadPool(LEARNERS);
        List<Future<?>> workers = new ArrayList<>();
        for (String learner : learners) {
            workers.add(pool.submit(() -> {
                ready.countDown();
                while (running.get()) {
                    long start = System.nanoTime();
                    try {
                        QuizSession session = as(learner, AppRoles.LEARNER, () -> quizzes.start(MODULE));
                        long submitStart = System.nanoTime();
                        as(
                                learner,
                                AppRoles.LEARNER,
                                () -> quizzes.submit(session.attemptId(), RightAnswers.to(session)));
                        long end = System.nanoTime();
                        if (measuring.get()) {
                            submitNanos.add(end - submitStart);
                            roundTripNanos.add(end - start);
                        }
                    } catch (RuntimeException failed) {
                        if (measuring.get()) {
                            failures.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        ready.await();
        Thread.sleep(WARM_UP_MILLIS);
        measuring.set(true);
        long windowStart = System.nanoTime();
        Thread.sleep(MEASURE_MILLIS);
        measuring.set(false);
        double seconds = (System.nanoTime() - windowStart) / 1e9;
        running.set(false);
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();

        long[] submits = BenchReport.sorted(submitNanos);
        long[] trips = BenchReport.sorted(roundTripNanos);
        new BenchReport("quiz-submissions")
                .line("Quiz submissions, %d concurrent learners, module %s (10 questions an attempt)", LEARNERS, MODULE)
                .line("Connection pool: %s", poolSize())
                .line("Measured window: %.1f s after a %d s warm-up", seconds, WARM_UP_MILLIS / 1000)
                .line("Submissions: %d, i.e. %.0f submissions/s", submits.length, submits.length / seconds)
                .line("Failed attempts (e.g. no connection within 30 s): %d", failures.get())
                .line(
                        "Submit latency: median %.1f ms, p99 %.1f ms",
                        BenchReport.percentile(submits, 0.5) / 1e6, BenchReport.percentile(submits, 0.99) / 1e6)
                .line(
                        "Start + submit (a whole attempt): median %.1f ms, p99 %.1f ms",
                        BenchReport.percentile(trips, 0.5) / 1e6, BenchReport.percentile(trips, 0.99) / 1e6)
                .save();
    }

    private String poolSize() {
        if (dataSource instanceof com.zaxxer.hikari.HikariDataSource hikari) {
            return hikari.getMaximumPoolSize() + " connections (HikariCP)";
        }
        return dataSource.getClass().getSimpleName();
    }
}
