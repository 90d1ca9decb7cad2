package org.ameliwalkthrough.system;

import java.text.MessageFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The message bundle as Spring Boot builds it from {@code spring.messages.*} (same defaults), but a message
 * with arguments is formatted on its own copy of the cached {@link MessageFormat}. Spring formats
 * on the one shared instance under its lock, and every page renders the same messages: under load
 * the request threads queued on that lock (JFR: 100–180 ms waits on one MessageFormat).
 */
@Configuration
class MessagesConfig {

    @Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    MessageSource messageSource(Environment environment) {
        ResourceBundleMessageSource messages = new UnsharedFormats();
        messages.setBasenames(StringUtils.commaDelimitedListToStringArray(
                StringUtils.trimAllWhitespace(environment.getProperty("spring.messages.basename", "messages"))));
        messages.setDefaultEncoding(environment.getProperty("spring.messages.encoding", "UTF-8"));
        messages.setFallbackToSystemLocale(
                environment.getProperty("spring.messages.fallback-to-system-locale", Boolean.class, true));
        messages.setUseCodeAsDefaultMessage(
                environment.getProperty("spring.messages.use-code-as-default-message", Boolean.class, false));
        return messages;
    }

    static final class UnsharedFormats extends ResourceBundleMessageSource {

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            MessageFormat shared = super.resolveCode(code, locale);
            return shared == null ? null : (MessageFormat) shared.clone();
        }
    }
}
