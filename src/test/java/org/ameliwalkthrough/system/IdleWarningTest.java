package org.ameliwalkthrough.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdleWarningTest {

    @Test
    void theWarningComesThreeMinutesBeforeTheEndOfAThirtyMinuteSession() {
        IdleWarning warning = IdleWarning.of(Duration.ofMinutes(30), Duration.ofMinutes(3));

        assertThat(warning.timeoutSeconds()).isEqualTo(1800);
        assertThat(warning.warnSeconds()).isEqualTo(180);
        assertThat(warning.warnMinutes()).isEqualTo(3);
    }

    @Test
    void aContinueThatCouldNotMoveTheStoredLastAccessIsRefusedAtStartUp() {
        assertThatIllegalStateException()
                .isThrownBy(() ->
                        new IdleWarning.Advice(Duration.ofMinutes(30), Duration.ofMinutes(3), Duration.ofMinutes(3)))
                .withMessageContaining("practice.session.touch-interval");

        new IdleWarning.Advice(Duration.ofMinutes(30), Duration.ofMinutes(3), Duration.ofMinutes(1));
    }
}
