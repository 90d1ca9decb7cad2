package org.ameliwalkthrough.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Temporary numbers (NIA): refused where people type their number, accepted as held in the records. */
class TemporaryNirTest {

    /** Tom, the troubleshooting persona: born abroad (99, country 136) in March 1996, temporary number. */
    private static final String TOM = "796039913604233";

    @Test
    void theRecordFactoryAcceptsATemporaryNumber() {
        Nir tom = Nir.parseRecorded(TOM);
        assertThat(tom.isTemporary()).isTrue();
        assertThat(tom.formatted()).isEqualTo("7 96 03 99 136 042 33");
        assertThat(tom.sex()).isEqualTo(Nir.Sex.MALE);
        assertThat(tom.isBornAbroad()).isTrue();
        assertThat(tom.country()).hasValue("136");
        assertThat(tom.masked()).isEqualTo("7 96 03 •• ••• ••• 33");
        assertThat(Nir.checkRecorded("7 96 03 99 136 042").value()).isEqualTo(tom);
    }

    @Test
    void typedTemporaryNumbersAreStillRefusedWithTheirOwnReason() {
        assertThat(Nir.check(TOM).problems()).containsExactly(Problem.of("nir.temporary", "7"));
        assertThatThrownBy(() -> Nir.parse(TOM)).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void eightIsAWomansTemporaryNumber() {
        String body = "8840588321025";
        Nir nir = Nir.parseRecorded(body + Nir.computeKey(body));
        assertThat(nir.sex()).isEqualTo(Nir.Sex.FEMALE);
        assertThat(nir.isTemporary()).isTrue();
    }

    @Test
    void permanentNumbersAreNotTemporary() {
        Nir nir = Nir.parseRecorded("1 85 05 78 006 084 91");
        assertThat(nir.isTemporary()).isFalse();
        assertThat(nir).isEqualTo(Nir.parse("1 85 05 78 006 084 91"));
        assertThat(Nir.parse("2 88 04 99 132 047 30").sex()).isEqualTo(Nir.Sex.FEMALE);
    }

    @Test
    void theRecordFactoryKeepsEveryOtherRule() {
        assertThat(Nir.checkRecorded("796039913604234").problems()).containsExactly(Problem.of("nir.key", "34"));
        assertThat(Nir.checkRecorded("396039913604233").problems())
                .extracting(Problem::code)
                .containsExactly("nir.sex");
        assertThat(Nir.checkRecorded("79613").problems())
                .extracting(Problem::code)
                .containsExactly("nir.length");
        assertThat(Nir.checkRecorded(null).problems()).containsExactly(Problem.of("nir.empty"));
    }

    @ParameterizedTest
    @ValueSource(strings = {TOM, "7", "8 84", "\u00A07 96 03", " 8-84.05", "\u200B796039913604233", "7XYZ"})
    void looksTemporaryWhenTheCleanedNumberStartsWithSevenOrEight(String raw) {
        assertThat(Nir.looksTemporary(raw)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00A0", "1 85 05 78 006 084 91", "296039913604233", "x7", "97"})
    void otherNumbersDoNotLookTemporary(String raw) {
        assertThat(Nir.looksTemporary(raw)).isFalse();
    }

    @Test
    void nullDoesNotLookTemporary() {
        assertThat(Nir.looksTemporary(null)).isFalse();
    }
}
