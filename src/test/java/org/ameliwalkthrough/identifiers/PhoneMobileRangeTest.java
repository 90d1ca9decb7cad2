package org.ameliwalkthrough.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * 07 12 starts like a mobile but is no mobile range in use (French mobiles: 06, and 07 30 to 07 99,
 * as libphonenumber's metadata says): the message must not answer "mobiles start with 07".
 */
class PhoneMobileRangeTest {

    private final IdentifierMessages messages = IdentifierMessages.standalone();

    @Test
    void zeroSevenTwelveIsNamedAsAnUnusedMobileRange() {
        Checked<PhoneNumber> checked = PhoneNumber.checkMobile("07 12 34 56 78");
        assertThat(checked.problems()).containsExactly(Problem.of("phone.mobile-range", "07 12"));
        String en = messages.message(checked.problems().get(0), Locale.ENGLISH);
        assertThat(en).contains("07 12").contains("07 30 to 07 99").doesNotContain("start with 06 or 07,");
        String fr = messages.message(checked.problems().get(0), Locale.FRENCH);
        assertThat(fr).contains("07 12").contains("07 30 à 07 99");
    }

    @Test
    void realMobileRangesStillPass() {
        assertThat(PhoneNumber.checkMobile("07 30 12 34 56").isValid()).isTrue();
        assertThat(PhoneNumber.checkMobile("07 99 12 34 56").isValid()).isTrue();
        assertThat(PhoneNumber.checkMobile("06 12 34 56 78").isValid()).isTrue();
    }
}
