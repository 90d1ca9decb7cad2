package org.ameliwalkthrough.identifiers;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
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
        Object[] args = problem.args().toArray();
        if (problem.code().endsWith("character") && args.length > 0 && args[0] instanceof String typed) {
            args[0] = characters(typed, locale);
        }
        return messageSource.getMessage(problem.messageKey(), args, locale);
    }

    /**
     * A {@code *.character} problem's characters as the user reads them: a visible one quoted in the
     * language's quotation marks, a space or an invisible one in words ("a space", "a non-breaking
     * space", "an invisible character"); several (the password's list) separated by commas. The
     * problem itself keeps {@link Normalizer#describe}'s stable U+XXXX form.
     */
    private String characters(String described, Locale locale) {
        return Arrays.stream(described.split(" "))
                .map(one -> messageSource.getMessage(
                        Normalizer.wordsKey(one).orElse("identifier.char.quoted"), new Object[] {one}, locale))
                .collect(Collectors.joining(", "));
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
