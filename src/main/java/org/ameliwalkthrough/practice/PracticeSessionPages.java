package org.ameliwalkthrough.practice;

import java.util.List;
import org.ameliwalkthrough.practice.journey.JourneyPaths;
import org.ameliwalkthrough.system.SessionPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The simulator keeps its journey in the session; the prefix also covers the practice FranceConnect. */
@Configuration
class PracticeSessionPages {

    @Bean
    SessionPages practicePages() {
        return () -> List.of(JourneyPaths.START);
    }
}
