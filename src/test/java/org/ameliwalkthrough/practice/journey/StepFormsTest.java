package org.ameliwalkthrough.practice.journey;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/** Text fields bind as they were typed without asking the conversion service; other types still convert. */
class StepFormsTest {

    record Sample(@Size(max = 10) String name, String note, int count) {}

    /** Records the pairs of types it is asked about. */
    static final class Recording extends DefaultFormattingConversionService {
        final List<String> asked = new ArrayList<>();

        @Override
        public boolean canConvert(TypeDescriptor source, TypeDescriptor target) {
            asked.add(source.getType().getSimpleName() + "->" + target.getType().getSimpleName());
            return super.canConvert(source, target);
        }
    }

    private final Recording conversions = new Recording();

    private BindingResult bind(String... pairs) {
        ConfigurableWebBindingInitializer initializer = new ConfigurableWebBindingInitializer();
        initializer.setConversionService(conversions);
        RequestMappingHandlerAdapter adapter = new RequestMappingHandlerAdapter();
        adapter.setWebBindingInitializer(initializer);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/practice/sample");
        for (int i = 0; i < pairs.length; i += 2) {
            request.addParameter(pairs[i], pairs[i + 1]);
        }
        return new StepForms(adapter).bind(Sample.class, request);
    }

    @Test
    void textIsBoundAsTypedWithoutAConversionLookUp() {
        BindingResult result = bind("name", "  Clarke ", "note", "", "count", "3");

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.getTarget()).isEqualTo(new Sample("  Clarke ", "", 3));
        assertThat(conversions.asked).doesNotContain("String->String").contains("String->int");
    }

    @Test
    void aNumberThatIsNotOneIsStillATypeMismatchAndTheTextIsKept() {
        BindingResult result = bind("name", "Clarke", "note", "n", "count", "three");

        assertThat(result.getFieldError("count")).isNotNull();
        assertThat(result.getFieldError("count").getCodes()).contains("typeMismatch");
        assertThat(result.getFieldValue("name")).isEqualTo("Clarke");
        assertThat(result.getFieldValue("count")).isEqualTo("three");
    }
}
