package org.ameliwalkthrough.practice.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;

/** Errors come back in page order whatever order validation reported them in. */
class ErrorOrderTest {

    record TwoFields(String email, String phone) {}

    @FieldOrder({"lastName", "nir", "birthDate", "postcode"})
    record WithDate(String lastName, String nir, String day, String month, String year, String postcode) {}

    static List<String> order(BindingResult result) {
        return result.getAllErrors().stream()
                .map(e -> e instanceof org.springframework.validation.FieldError f ? f.getField() : "(global)")
                .toList();
    }

    @Test
    void recordComponentsGiveThePageOrder() {
        BindingResult result = new BeanPropertyBindingResult(new TwoFields("", ""), "form");
        result.rejectValue("phone", "phone.required");
        result.rejectValue("email", "email.required");

        assertThat(order(ErrorOrder.sorted(result, TwoFields.class))).containsExactly("email", "phone");
    }

    @Test
    void fieldOrderPlacesAPropertyThatIsNotAComponentAndAGlobalErrorLeads() {
        BindingResult result = new BeanPropertyBindingResult(new WithDate("", "", "", "", "", ""), "form");
        result.addError(new org.springframework.validation.FieldError("form", "postcode", "postcode.required"));
        result.addError(new org.springframework.validation.FieldError("form", "birthDate", "birthDate.required"));
        result.addError(new ObjectError("form", "notRecognised"));
        result.addError(new org.springframework.validation.FieldError("form", "lastName", "lastName.required"));
        result.addError(new org.springframework.validation.FieldError("form", "nir", "nir.required"));

        BindingResult sorted = ErrorOrder.sorted(result, WithDate.class);

        assertThat(order(sorted)).containsExactly("(global)", "lastName", "nir", "birthDate", "postcode");
        assertThat(sorted.getFieldError("nir").getDefaultMessage()).isEqualTo("nir.required");
    }

    @Test
    void aResultWithoutErrorsIsLeftAsItIs() {
        BindingResult result = new BeanPropertyBindingResult(new TwoFields("a", "b"), "form");
        assertThat(ErrorOrder.sorted(result, TwoFields.class)).isSameAs(result);
    }
}
