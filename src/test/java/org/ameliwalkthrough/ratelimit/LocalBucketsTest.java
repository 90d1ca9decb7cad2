package org.ameliwalkthrough.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The in-memory buckets never grow past their bound, and forget the idle addresses first. */
class LocalBucketsTest {

    private long nanos;

    private final TimeMeter time = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };

    private Bucket twoAnHour() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(2).refillGreedy(2, Duration.ofHours(1)))
                .withCustomTimePrecision(time)
                .build();
    }

    @Test
    void aFullMapForgetsTheAddressesWhoseBucketIsFullAgain() {
        LocalBuckets buckets = new LocalBuckets(2, 2, this::twoAnHour);
        buckets.tryConsume("a");
        buckets.tryConsume("a");
        buckets.tryConsume("b");
        nanos += Duration.ofMinutes(30).toNanos(); // b is full again, a has 1 token of 2
        buckets.tryConsume("c");
        assertThat(buckets.size()).isEqualTo(2);
        assertThat(buckets.tryConsume("a").isConsumed()).isTrue();
        assertThat(buckets.tryConsume("a").isConsumed())
                .as("a was remembered, with what it had used")
                .isFalse();
    }

    @Test
    void whenEveryBucketIsInUseItStartsAfreshRatherThanGrow() {
        LocalBuckets buckets = new LocalBuckets(3, 2, this::twoAnHour);
        for (int i = 0; i < 100; i++) {
            buckets.tryConsume("address-" + i);
            assertThat(buckets.size()).isLessThanOrEqualTo(3);
        }
    }
}
