package org.ameliwalkthrough.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of vectors.tsv through the value objects: the {@code expected} column is the policy. */
class VectorsTest {

    static Stream<Vectors.Row> rows() throws IOException {
        return Vectors.rows();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void followsThePolicy(Vectors.Row row) {
        Checked<?> checked = check(row.kind(), row.value());
        assertThat(checked.isValid())
                .as(row + " problems " + checked.problems())
                .isEqualTo(row.valid());
    }

    static Checked<?> check(String kind, String value) {
        return switch (kind) {
            case "nir" -> Nir.check(value);
            case "nif" -> NumeroFiscal.check(value);
            case "iban" -> Iban.check(value);
            case "postcode" -> Postcode.check(value);
            case "phone" -> PhoneNumber.check(value);
            case "email" -> EmailAddress.check(value);
            default -> throw new AssertionError("no checker for kind " + kind);
        };
    }
}
