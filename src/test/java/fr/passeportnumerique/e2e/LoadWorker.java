package fr.passeportnumerique.e2e;

import com.microsoft.playwright.Playwright;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A thread with its own Playwright and Chromium (Playwright is bound to the thread that made it) that drives its
 * share of the learners in turn: whoever's thinking time is over acts next. Thinking times are drawn between half
 * and one and a half times the mean, so that the learners do not act in step.
 */
final class LoadWorker implements Runnable {

    private final int port;
    private final Queue<String> freeAccounts;
    private final String password;
    private final List<VirtualLearner.Visit> visits;
    private final LoadRecorder recorder;
    private final long thinkMillis;
    private final AtomicInteger target = new AtomicInteger();
    private final AtomicInteger signedIn = new AtomicInteger();
    private volatile boolean running = true;
    private volatile boolean signOut;
    private volatile Thread thread;

    LoadWorker(
            int port,
            Queue<String> freeAccounts,
            String password,
            List<VirtualLearner.Visit> visits,
            LoadRecorder recorder,
            long thinkMillis) {
        this.port = port;
        this.freeAccounts = freeAccounts;
        this.password = password;
        this.visits = visits;
        this.recorder = recorder;
        this.thinkMillis = thinkMillis;
    }

    void raiseTo(int learners) {
        target.set(learners);
    }

    /** Learners that have signed in, and so have a session on the server. */
    int learners() {
        return signedIn.get();
    }

    void stop() {
        running = false;
    }

    /** Has every learner sign out and close their window, then stops. */
    void signOutAndStop() {
        signOut = true;
        running = false;
    }

    Thread thread() {
        return thread;
    }

    @Override
    public void run() {
        thread = Thread.currentThread();
        List<VirtualLearner> learners = new ArrayList<>();
        try (Playwright playwright = Browser.playwright()) {
            com.microsoft.playwright.Browser browser = Browser.launch(playwright);
            while (running) {
                while (learners.size() < target.get() && !freeAccounts.isEmpty()) {
                    learners.add(open(browser, freeAccounts.remove()));
                }
                VirtualLearner next = learners.stream()
                        .min(Comparator.comparingLong(learner -> learner.nextAtNanos))
                        .orElse(null);
                if (next == null) {
                    TimeUnit.MILLISECONDS.sleep(50);
                    continue;
                }
                long wait = next.nextAtNanos - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(Math.min(wait, TimeUnit.MILLISECONDS.toNanos(50)));
                    continue;
                }
                boolean first = !next.signedIn();
                next.act();
                if (first) {
                    signedIn.incrementAndGet();
                }
                next.nextAtNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(think());
            }
            if (signOut) {
                learners.forEach(VirtualLearner::signOut);
            }
            learners.forEach(VirtualLearner::close);
            browser.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            recorder.error("worker stopped: " + e);
        }
    }

    private VirtualLearner open(com.microsoft.playwright.Browser browser, String email) {
        var context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 800)
                .setBaseURL("http://localhost:" + port));
        VirtualLearner learner = new VirtualLearner(context, email, password, visits, recorder);
        learner.nextAtNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(think());
        return learner;
    }

    private long think() {
        return ThreadLocalRandom.current().nextLong(thinkMillis / 2, thinkMillis * 3 / 2 + 1);
    }
}
