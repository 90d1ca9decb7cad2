package org.ameliwalkthrough.system;

import jakarta.servlet.DispatcherType;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
        FilterRegistrationBean<SessionFreePages> registration =
                new FilterRegistrationBean<>(new SessionFreePages(prefixes));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
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
    static BeanPostProcessor touchSessionsLessOften(
            @Value("${practice.session.touch-interval:1m}") Duration touchInterval) {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings("unchecked")
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository jdbc
                        ? new SessionTouches(
                                (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) jdbc,
                                touchInterval)
                        : bean;
            }
        };
    }

    private static String productName(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException unknown) {
            return "";
        }
    }
}
