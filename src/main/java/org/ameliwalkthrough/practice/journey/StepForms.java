package org.ameliwalkthrough.practice.journey;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.support.WebBindingInitializer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Binds a step's form from the request and validates it, exactly as a {@code @Valid @ModelAttribute}
 * parameter would be (same conversion service, validator and message codes), for a form type that
 * is only known from the definition at run time. Records bind through their constructor. Errors
 * come back in the order of the fields on the page.
 *
 * <p>A text field's value goes to its {@code String} parameter as it is: that is what the conversion
 * service would return, but its converter cache keys every look-up by the parameter's annotations, so
 * every String-to-String look-up of every form walks one chain comparing annotations (skipping it cut a
 * journey POST's CPU by 30 %; docs/performance.md, "the journey POST").
 */
@Component
public class StepForms {

    static final String NAME = "form";

    private final WebBindingInitializer initializer;

    StepForms(RequestMappingHandlerAdapter adapter) {
        this.initializer = adapter.getWebBindingInitializer();
    }

    BindingResult bind(Class<?> formType, HttpServletRequest request) {
        ServletRequestDataBinder binder = new TextAsIs();
        binder.setTargetType(ResolvableType.forClass(formType));
        if (initializer != null) {
            initializer.initBinder(binder);
        }
        binder.construct(request);
        if (binder.getTarget() != null) {
            binder.validate();
        }
        return ErrorOrder.sorted(binder.getBindingResult(), formType);
    }

    private static final class TextAsIs extends ServletRequestDataBinder {

        TextAsIs() {
            super(null, NAME);
        }

        @Override
        public <T> T convertIfNecessary(Object value, Class<T> requiredType, MethodParameter methodParam) {
            if (requiredType == String.class
                    && value instanceof String
                    && findCustomEditor(String.class, null) == null) {
                return requiredType.cast(value);
            }
            return super.convertIfNecessary(value, requiredType, methodParam);
        }
    }
}
