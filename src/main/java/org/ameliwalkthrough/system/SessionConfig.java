package org.ameliwalkthrough.system;

import jakarta.servlet.DispatcherType;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Spring Session JDBC inserts a new attribute with a plain INSERT, so two parallel requests of one
 * session that both add it (a double submit) collide on the attributes' primary key. An upsert
 * lets the last writer win instead: Spring Session's own for PostgreSQL, H2's MERGE for the
 * embedded database. Pages that keep nothing in the session never look it up, and a read moves the
 * stored last-access time at most once a {@code practice.session.touch-interval} ({@link SessionTouches}).
 */
@Configuration
public class SessionConfig {

    static final String H2_UPSERT_ATTRIBUTE = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            VALUES (?, ?, ?)
            """;

    /** Just inside Spring Session's filter, for requests and error pages: see {@link SessionFreePages}. */
    @Bean
    FilterRegistrationBean<SessionFreePages> sessionFreePages(ObjectProvider<SessionPages> features) {
        List<String> prefixes = features.orderedStream()
                .flatMap(feature -> feature.prefixes().stream())
                .toList();
        List<String> free = features.orderedStream()
                .flatMap(feature -> feature.sessionFreePrefixes().stream())
                .toList();
        FilterRegistrationBean<SessionFreePages> registration =
                new FilterRegistrationBean<>(new SessionFreePages(prefixes, free));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    /** Just outside Spring Session's filter, so its second look-up of a request's session costs no query. */
    @Bean
    FilterRegistrationBean<SessionReads> sessionReads() {
        FilterRegistrationBean<SessionReads> registration = new FilterRegistrationBean<>(new SessionReads());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    /** Asked only when the session repository is built, so web-layer test slices need no DataSource. */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(
            ObjectProvider<DataSource> dataSource) {
        return repository -> {
            String product = productName(dataSource.getObject());
            if (product.contains("PostgreSQL")) {
                new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
            } else if (product.contains("H2")) {
                repository.setCreateSessionAttributeQuery(H2_UPSERT_ATTRIBUTE);
            } // another database: Spring Session's defaults
        };
    }

    /**
     * Wraps the JDBC repository Spring Boot builds (customised above), so Spring Session's filter
     * asks {@link SessionTouches}. Static: a post-processor must not wait for this configuration.
     */
    @Bean
    static BeanPostProcessor touchSessionsLessOften() {
        return new TouchSessionsLessOften();
    }

    /** Reads its interval from the environment: a post-processor is made before placeholders resolve. */
    static final class TouchSessionsLessOften implements BeanPostProcessor, EnvironmentAware {

        private Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!(bean instanceof JdbcIndexedSessionRepository jdbc)) {
                return bean;
            }
            Duration interval =
                    DurationStyle.detectAndParse(environment.getProperty("practice.session.touch-interval", "1m"));
            return new SessionTouches(
                    (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) jdbc, interval);
        }
    }

    private static String productName(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException unknown) {
            return "";
        }
    }
}
