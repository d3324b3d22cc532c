package fr.passeportnumerique;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/** Runs tasks on threads of their own, released at the same moment (as two nodes, or two people, would act). */
public final class AtOnce {

    private AtOnce() {}

    /** Each task's result, in the order given, once all are done; a task's failure is thrown. */
    public static <T> List<T> run(List<Supplier<T>> tasks) {
        CyclicBarrier start = new CyclicBarrier(tasks.size());
        try (ExecutorService threads = Executors.newFixedThreadPool(tasks.size())) {
            List<CompletableFuture<T>> running = tasks.stream()
                    .map(task -> CompletableFuture.supplyAsync(
                            () -> {
                                awaitTheOthers(start);
                                return task.get();
                            },
                            threads))
                    .toList();
            return running.stream().map(CompletableFuture::join).toList();
        }
    }

    private static void awaitTheOthers(CyclicBarrier start) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException("The tasks could not start together", e);
        }
    }
}
