package org.ameliwalkthrough.identifiers;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/** Turns problems into the teaching text of the requested language. */
@Component
public class IdentifierMessages {

    private final MessageSource messageSource;

    public IdentifierMessages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    /** Outside Spring (plain Bean Validation, tests): reads the same bundles from the classpath. */
    public static IdentifierMessages standalone() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new IdentifierMessages(source);
    }

    public String message(Problem problem, Locale locale) {
        return messageSource.getMessage(problem.messageKey(), problem.args().toArray(), locale);
    }

    /** In the current request's language (Spring's {@link LocaleContextHolder}). */
    public String message(Problem problem) {
        return message(problem, LocaleContextHolder.getLocale());
    }

    /** A checklist label such as "Between 8 and 50 characters". */
    public String criterion(AmeliPassword.Criterion criterion, Locale locale) {
        return messageSource.getMessage(
                criterion.messageKey(), criterion.messageArgs().toArray(), locale);
    }
}
