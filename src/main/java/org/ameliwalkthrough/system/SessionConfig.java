package org.ameliwalkthrough.system;

import jakarta.servlet.DispatcherType;
import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Spring Session JDBC inserts a new attribute with a plain INSERT, so two parallel requests of one
 * session that both add it (a double submit) collide on the attributes' primary key. An upsert
 * lets the last writer win instead: Spring Session's own for PostgreSQL, H2's MERGE for the
 * embedded database. And pages that keep nothing in the session never look it up.
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
    FilterRegistrationBean<SessionFreePages> sessionFreePages() {
        FilterRegistrationBean<SessionFreePages> registration = new FilterRegistrationBean<>(new SessionFreePages());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource) {
        String product = productName(dataSource);
        if (product.contains("PostgreSQL")) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        if (product.contains("H2")) {
            return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT_ATTRIBUTE);
        }
        return repository -> {}; // another database: Spring Session's defaults
    }

    private static String productName(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException unknown) {
            return "";
        }
    }
}
