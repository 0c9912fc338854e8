package dev.accounthealth.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler of heap occupancy, which {@code -prof gc} does not give (it gives allocation
 * rates). Use it as {@code -prof dev.accounthealth.benchmarks.HeapProfiler}. For each iteration
 * it reports, in MB:
 *
 * <ul>
 *   <li>{@code heap.input}: the heap in use after a full collection just before the iteration,
 *       that is what the benchmark's state holds (the histories, the compiled rule base);
 *   <li>{@code heap.live}: the most heap in use right after any collection during the
 *       iteration: the input plus what the evaluation keeps alive at its largest, plus whatever
 *       garbage a young collection leaves in the old generation. An upper bound of what the
 *       evaluation needs; it ran in the heap it was given, so that is enough;
 *   <li>{@code heap.peak}: the most heap in use just before any collection, or at the end. It
 *       depends on the collector's sizing as much as on the work: with a fixed heap it nears the
 *       heap's size.
 * </ul>
 *
 * The full collection before each iteration runs outside the measured time, but it does empty the
 * old generation, which a benchmark without it would not do.
 */
public final class HeapProfiler implements InternalProfiler {
    private static final double MB = 1024.0 * 1024.0;

    private final Set<String> heapPools = new HashSet<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private Listener listener;
    private long inputBytes;

    /** Called by JMH, which creates a profiler per fork. */
    public HeapProfiler() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitters.add(emitter);
            }
        }
    }

    @Override
    public String getDescription() {
        return "Heap in use before the iteration, and at its largest after and before each collection";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        System.gc();
        inputBytes = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        // Notifications arrive late and on another thread: the one of the collection just forced
        // must not count, so collections are told apart by when they started.
        listener = new Listener(ManagementFactory.getRuntimeMXBean().getUptime(), heapPools);
        for (NotificationEmitter emitter : emitters) {
            emitter.addNotificationListener(listener, null, null);
        }
    }

    @Override
    @SuppressWarnings("rawtypes") // JMH's own signature
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
                                                       IterationParams iterationParams, IterationResult result) {
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // Never added: nothing to remove.
            }
        }
        long live = Math.max(listener.maxAfter, inputBytes);
        long peak = Math.max(listener.maxBefore, now);
        return List.of(
                new ScalarResult("heap.input", inputBytes / MB, "MB", AggregationPolicy.MAX),
                new ScalarResult("heap.live", live / MB, "MB", AggregationPolicy.MAX),
                new ScalarResult("heap.peak", peak / MB, "MB", AggregationPolicy.MAX));
    }

    private static final class Listener implements NotificationListener {
        private final long sinceUptime;
        private final Set<String> heapPools;
        volatile long maxBefore;
        volatile long maxAfter;

        Listener(long sinceUptime, Set<String> heapPools) {
            this.sinceUptime = sinceUptime;
            this.heapPools = heapPools;
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            if (info.getGcInfo().getStartTime() <= sinceUptime) {
                return;
            }
            long before = heapUsed(info.getGcInfo().getMemoryUsageBeforeGc());
            long after = heapUsed(info.getGcInfo().getMemoryUsageAfterGc());
            synchronized (this) {
                maxBefore = Math.max(maxBefore, before);
                maxAfter = Math.max(maxAfter, after);
            }
        }

        private long heapUsed(Map<String, MemoryUsage> usage) {
            long used = 0;
            for (Map.Entry<String, MemoryUsage> pool : usage.entrySet()) {
                if (heapPools.contains(pool.getKey())) {
                    used += pool.getValue().getUsed();
                }
            }
            return used;
        }
    }
}
