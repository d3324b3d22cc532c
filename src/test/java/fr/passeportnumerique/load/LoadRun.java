package fr.passeportnumerique.load;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The run in progress, shared between the test that starts Gatling and the simulation Gatling makes from its class
 * name (Gatling takes no constructor arguments): the plan, the accounts not yet taken, the tally, and the word to
 * stop. One run at a time.
 */
final class LoadRun {

    private static volatile LoadRun current;

    private final LoadPlan plan;
    private final Queue<String> accounts;
    private final String password;
    private final LoadTally tally = new LoadTally();
    private final AtomicInteger learnersMade = new AtomicInteger();
    private final int addressBlock;
    private volatile boolean stopping;
    private volatile boolean recovering;

    private LoadRun(LoadPlan plan, List<String> accounts, String password, int addressBlock) {
        this.plan = plan;
        this.accounts = new ConcurrentLinkedQueue<>(accounts);
        this.password = password;
        this.addressBlock = addressBlock;
    }

    /** Makes this run the current one; {@code addressBlock} keeps different runs' learners on different addresses. */
    static LoadRun begin(LoadPlan plan, List<String> accounts, String password, int addressBlock) {
        if (accounts.size() < plan.learners()) {
            throw new IllegalArgumentException(
                    plan.learners() + " learners need as many accounts, not " + accounts.size());
        }
        current = new LoadRun(plan, accounts, password, addressBlock);
        return current;
    }

    /**
     * Learners whose session fails sign in again and go on, instead of leaving: for runs through a fault (a node
     * killed), where failed requests are expected and counted.
     */
    LoadRun recoveringFromFailures() {
        recovering = true;
        return this;
    }

    boolean recovers() {
        return recovering;
    }

    static LoadRun current() {
        if (current == null) {
            throw new IllegalStateException("No load run begun: start Gatling through GatlingRun");
        }
        return current;
    }

    LoadPlan plan() {
        return plan;
    }

    LoadTally tally() {
        return tally;
    }

    /** The next virtual learner: an account of their own, and an address of their own as a proxy would tell it. */
    Learner newLearner() {
        String email = accounts.remove();
        int number = learnersMade.incrementAndGet();
        String address = "2001:db8:%x:%x::%x".formatted(addressBlock, number >> 16, number & 0xffff);
        return new Learner(email, password, address, plan, tally);
    }

    /** Learners finish the move they are in, sign out and leave. */
    void stop() {
        stopping = true;
    }

    boolean isStopping() {
        return stopping;
    }
}
