package fr.passeportnumerique.bench;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.LiveHeap;
import fr.passeportnumerique.SiteClient;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Memory retained per learner UI session, by Vaadin's method: open N real sessions (each signs in and opens the
 * quiz page, so that a VaadinSession, a UI and the view's component tree live on the server), force full garbage
 * collections, read the heap, and divide the growth by N. The clients keep their cookies, so the sessions stay.
 */
@IntegrationTest
class UiSessionMemoryBench {

    private static final int SESSIONS = 200;
    private static final String PAGE = "/modules/premiers-pas/quiz";

    @Autowired
    AccountService accounts;

    @LocalServerPort
    int port;

    @Test
    void heap_retained_per_learner_session() throws Exception {
        List<String> learners = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            learners.add(TestLearners.register(accounts, "memoire" + i));
        }
        warmUp(learners.getFirst());
        long before = LiveHeap.settled();

        List<SiteClient> open = new ArrayList<>();
        for (String learner : learners) {
            SiteClient site = new SiteClient(port);
            site.signIn(learner, TestLearners.PASSWORD);
            int status = site.status(PAGE);
            if (status != 200) {
                throw new IllegalStateException("The quiz page answered " + status);
            }
            open.add(site);
        }
        long after = LiveHeap.settled();

        new BenchReport("ui-session-memory")
                .line("UI sessions: %d learners signed in, each with the quiz page open (%s)", open.size(), PAGE)
                .line("Heap after full GC: %.1f MB before, %.1f MB after", before / 1e6, after / 1e6)
                .line("Retained per learner session: %.1f KB", (after - before) / 1024.0 / open.size())
                .save();
    }

    /** One session first, so that classes, caches and pools are loaded before the baseline. */
    private void warmUp(String learner) {
        SiteClient site = new SiteClient(port);
        site.signIn(learner, TestLearners.PASSWORD);
        site.status(PAGE);
        site.status("/mon-parcours");
    }
}
