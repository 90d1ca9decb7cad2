package org.ameliwalkthrough.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Beans every feature shares: the clock (journeys offset their own time from it, tests replace it)
 * and how practice passwords are hashed (the records hold BCrypt hashes).
 */
@Configuration
public class CoreBeans {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
