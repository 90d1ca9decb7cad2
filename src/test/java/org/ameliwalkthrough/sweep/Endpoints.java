package org.ameliwalkthrough.sweep;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Our endpoints as the handler mapping knows them, so a new controller method is swept without a list to update. */
final class Endpoints {

    /** Values for path variables: each known one tried, plus one that matches nothing. */
    static final Map<String, List<String>> PATH_VALUES = Map.of(
            "slug",
            List.of("identity", "conditions", "contact", "check-answers", "nope"),
            "kind",
            List.of("nir", "nope"),
            "id",
            List.of("nope"));

    record Endpoint(String path, Set<HttpMethod> methods, List<String> fields, boolean json) {

        List<String> concretePaths() {
            List<String> paths = new ArrayList<>(List.of(path));
            for (var variable : PATH_VALUES.entrySet()) {
                String placeholder = "{" + variable.getKey() + "}";
                List<String> next = new ArrayList<>();
                for (String p : paths) {
                    if (p.contains(placeholder)) {
                        variable.getValue().forEach(v -> next.add(p.replace(placeholder, v)));
                    } else {
                        next.add(p);
                    }
                }
                paths = next;
            }
            return paths.stream().map(p -> p.replaceAll("\\{[^}]+}", "nope")).toList();
        }
    }

    /** Every field of every form record ({@code *Form}) in our packages. */
    static final Set<String> FORM_FIELDS = formFields();

    private Endpoints() {}

    private static Set<String> formFields() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Form")));
        Set<String> fields = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.ameliwalkthrough")) {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                if (type.isRecord()) {
                    for (RecordComponent component : type.getRecordComponents()) {
                        fields.add(component.getName());
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return fields;
    }

    static List<Endpoint> of(RequestMappingHandlerMapping mappings) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("org.ameliwalkthrough")) {
                continue;
            }
            RequestMappingInfo info = entry.getKey();
            Set<HttpMethod> methods = new LinkedHashSet<>();
            for (RequestMethod m : info.getMethodsCondition().getMethods()) {
                methods.add(m.asHttpMethod());
            }
            if (methods.isEmpty()) {
                methods.add(HttpMethod.GET);
                methods.add(HttpMethod.POST);
            }
            Set<String> fields = new LinkedHashSet<>();
            info.getParamsCondition().getExpressions().forEach(e -> {
                if (!e.isNegated()) {
                    fields.add(e.getName());
                }
            });
            boolean json = false;
            for (MethodParameter parameter : handler.getMethodParameters()) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                Class<?> type = parameter.getParameterType();
                if (param != null) {
                    String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
                    if (name != null) {
                        fields.add(name);
                    }
                } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    json = true;
                } else if (type.isRecord()) {
                    for (RecordComponent component : type.getRecordComponents()) {
                        fields.add(component.getName());
                    }
                }
            }
            if (!json) {
                fields.addAll(FORM_FIELDS); // the journey's steps bind their form by slug, unseen here
            }
            fields.add("lang");
            for (String path : info.getPatternValues()) {
                endpoints.add(new Endpoint(path, methods, List.copyOf(fields), json));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path));
        return endpoints;
    }
}
