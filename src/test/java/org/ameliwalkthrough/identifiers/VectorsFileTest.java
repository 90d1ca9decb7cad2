package org.ameliwalkthrough.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VectorsFileTest {

    @Test
    void copyInTestResourcesEqualsTheSharedReference() throws Exception {
        Optional<Path> shared = Vectors.sharedFile();
        assumeTrue(shared.isPresent(), "shared reference folder not beside this clone");
        assertThat(Vectors.resourceText())
                .as("src/test/resources/vectors.tsv is a copy of " + shared.get() + ": copy it again")
                .isEqualTo(Files.readString(shared.get(), StandardCharsets.UTF_8));
    }

    @Test
    void copyHasRowsOfEveryKind() throws Exception {
        assertThat(Vectors.rows().map(Vectors.Row::kind).distinct())
                .contains("nir", "nif", "iban", "postcode", "phone", "email");
    }
}
