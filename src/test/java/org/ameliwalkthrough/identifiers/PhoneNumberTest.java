package org.ameliwalkthrough.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void mobileNormalisesToE164() {
        PhoneNumber phone = PhoneNumber.parse("0033 6 12 34 56 78");
        assertThat(phone.isMobile()).isTrue();
        assertThat(phone.normalized()).isEqualTo("+33612345678");
        assertThat(phone.national()).isEqualTo("0612345678");
        assertThat(phone.formatted()).isEqualTo("06 12 34 56 78");
        assertThat(phone.masked()).isEqualTo("06 •• •• •• 78");
    }

    @Test
    void landlineIsValidButRefusedWhereOnlyAMobileWillDo() {
        PhoneNumber landline = PhoneNumber.parse("+33(0)147376224");
        assertThat(landline.isMobile()).isFalse();
        assertThat(PhoneNumber.checkMobile("01 47 37 62 24").problems())
                .containsExactly(Problem.of("phone.not-mobile"));
        assertThat(PhoneNumber.checkMobile("07 81 23 45 67").isValid()).isTrue();
    }

    @Test
    void reasonCodesAndArguments() {
        assertThat(PhoneNumber.check("061245789").problems()).containsExactly(Problem.of("phone.length", 9, 10));
        assertThat(PhoneNumber.check("+336124578980").problems()).containsExactly(Problem.of("phone.length", 11, 10));
        assertThat(PhoneNumber.check("01,55,44,58,64").problems())
                .containsExactly(Problem.of("phone.character", ",", 3));
        assertThat(PhoneNumber.check("+44 7911 123456").problems())
                .containsExactly(Problem.of("phone.not-french", "+44"));
        assertThat(PhoneNumber.check("06 39 20 12 34").problems())
                .containsExactly(Problem.of("phone.overseas", "06 39", "+262"));
        assertThat(PhoneNumber.check("04 01 23 45 67").problems())
                .containsExactly(Problem.of("phone.unallocated", "04 01"));
        assertThat(PhoneNumber.check("\t").problems()).containsExactly(Problem.of("phone.empty"));
    }
}
