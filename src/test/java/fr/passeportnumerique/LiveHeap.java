package fr.passeportnumerique;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** This JVM's live heap: the least used heap over a few full collections, so that late frees are counted. */
public final class LiveHeap {

    private LiveHeap() {}

    public static long settled() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
