package org.ameliwalkthrough.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The in-memory buckets of one limit on one instance, one per client address. Bounded: when it holds
 * {@code maxEntries} buckets it forgets those that are full again (they hold nobody back), and if
 * every one is still in use it starts afresh rather than grow: an attacker with many addresses must
 * not be able to fill the heap through the limiter itself.
 */
final class LocalBuckets {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final long capacity;
    private final Supplier<Bucket> newBucket;

    LocalBuckets(int maxEntries, long capacity, Supplier<Bucket> newBucket) {
        this.maxEntries = maxEntries;
        this.capacity = capacity;
        this.newBucket = newBucket;
    }

    ConsumptionProbe tryConsume(String address) {
        Bucket bucket = buckets.get(address);
        if (bucket == null) {
            if (buckets.size() >= maxEntries) {
                forgetIdle();
            }
            bucket = buckets.computeIfAbsent(address, k -> newBucket.get());
        }
        return bucket.tryConsumeAndReturnRemaining(1);
    }

    private synchronized void forgetIdle() {
        if (buckets.size() < maxEntries) {
            return; // another thread made room meanwhile
        }
        buckets.values().removeIf(b -> b.getAvailableTokens() >= capacity);
        if (buckets.size() >= maxEntries) {
            buckets.clear();
        }
    }

    int size() {
        return buckets.size();
    }
}
