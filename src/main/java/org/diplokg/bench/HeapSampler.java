package org.diplokg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Samples heap use every 50 ms on a daemon thread: the highest heap in use at any sample
 * (garbage included) and the highest live heap right after a collection (the sum over heap pools
 * of their usage after the last GC), which is what a leak or an accumulating import would grow.
 */
public final class HeapSampler implements AutoCloseable {
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakAfterGc;

    public HeapSampler() {
        thread = new Thread(this::run, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            long used = 0;
            long afterGc = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() != MemoryType.HEAP) continue;
                used += pool.getUsage().getUsed();
                if (pool.getCollectionUsage() != null) afterGc += pool.getCollectionUsage().getUsed();
            }
            peakUsed = Math.max(peakUsed, used);
            peakAfterGc = Math.max(peakAfterGc, afterGc);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public long peakUsed() { return peakUsed; }

    public long peakAfterGc() { return peakAfterGc; }

    public String report() {
        return String.format("heap: peak in use %,d MB, peak live after GC %,d MB (max heap %,d MB)",
                peakUsed >> 20, peakAfterGc >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
