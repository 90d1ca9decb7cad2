package org.ameliwalkthrough.identifiers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The peer-sourced cases from {@code vectors.tsv} (a copy in test resources, see VectorsFileTest). */
final class Vectors {

    record Row(String kind, String value, boolean valid, String note) {
        @Override
        public String toString() {
            return kind + " " + value + " → " + (valid ? "valid" : "invalid") + " (" + note + ")";
        }
    }

    /** Where the shared reference folder sits: beside the clone in CI, two up in a local worktree. */
    static final List<Path> SHARED_CANDIDATES =
            List.of(Path.of("../shared/reference/vectors.tsv"), Path.of("../../shared/reference/vectors.tsv"));

    private Vectors() {}

    static String resourceText() throws IOException {
        try (InputStream in = Vectors.class.getResourceAsStream("/vectors.tsv")) {
            if (in == null) {
                throw new IOException("vectors.tsv missing from test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Optional<Path> sharedFile() {
        return SHARED_CANDIDATES.stream().filter(Files::isRegularFile).findFirst();
    }

    static Stream<Row> rows() throws IOException {
        return resourceText()
                .lines()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t", -1))
                .map(cols -> new Row(cols[0], cols[1], cols[2].equals("valid"), cols[5]));
    }

    static Stream<Row> rows(String kind) throws IOException {
        return rows().filter(r -> r.kind().equals(kind));
    }
}
