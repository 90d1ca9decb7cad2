package org.ameliwalkthrough.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.ameliwalkthrough.support.PracticeSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A journey page and a journey answer read their session from the database once. Spring Session's
 * filter commits twice (when the response is committed, and as it ends) and read the whole session
 * again for the second commit. Counted on the statements the application prepares.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionReadsTest {

    static final AtomicInteger SESSION_READS = new AtomicInteger();

    @TestConfiguration
    static class CountSessionReads {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource data ? new Counting(data) : bean;
                }
            };
        }
    }

    /** Counts Spring Session JDBC's one read of a whole session (the row joined with its attributes). */
    static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            Connection connection = super.getConnection();
            InvocationHandler counting = (proxy, method, args) -> {
                if (method.getName().equals("prepareStatement")
                        && args[0] instanceof String sql
                        && sql.toUpperCase().contains("LEFT JOIN SPRING_SESSION_ATTRIBUTES")) {
                    SESSION_READS.incrementAndGet();
                }
                try {
                    return method.invoke(connection, args);
                } catch (java.lang.reflect.InvocationTargetException failed) {
                    throw failed.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, counting);
        }
    }

    @Autowired
    MockMvc mvc;

    PracticeSession user;

    @BeforeEach
    void emmaOnTheIdentityStep() throws Exception {
        user = new PracticeSession(mvc);
        user.choosePersona("emma");
        user.page("/practice/identity");
    }

    long sessionReads(Request request) throws Exception {
        SESSION_READS.set(0);
        request.run();
        return SESSION_READS.get();
    }

    interface Request {
        void run() throws Exception;
    }

    @Test
    void aJourneyPageReadsTheSessionOnce() throws Exception {
        assertThat(sessionReads(() ->
                        assertThat(user.get("/practice/identity").getStatus()).isEqualTo(200)))
                .isEqualTo(1);
    }

    @Test
    void aJourneyAnswerReadsTheSessionOnce() throws Exception {
        assertThat(sessionReads(
                        () -> assertThat(user.identity("Clarke", "2 88 04 99 132 047", "12", "4", "1988", "69003")
                                        .getRedirectedUrl())
                                .isEqualTo("/practice/iban")))
                .isEqualTo(1);
    }
}
