package org.ameliwalkthrough.practice.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The ameli side's addresses are written once: in JourneyPaths (pages) and the definition (step
 * slugs). Any other "/practice/…" or "redirect:/practice" literal in main Java is a second copy.
 */
class JourneyPathsTest {

    private static final Pattern PRACTICE_LITERAL = Pattern.compile("\"(redirect:)?/practice(/|\")");

    /** The practice FranceConnect's client registration names ameli's callback, as a real one would. */
    private static final List<String> ALLOWED = List.of("JourneyPaths.java", "RegisteredClient.java");

    @Test
    void noPracticeAddressIsWrittenOutsideThePathsAndTheDefinition() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (ALLOWED.contains(file.getFileName().toString())) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (PRACTICE_LITERAL.matcher(lines.get(i)).find()) {
                        found.add(file.getFileName() + ":" + (i + 1) + ": "
                                + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theScanSeesALiteral() {
        assertThat(PRACTICE_LITERAL
                        .matcher("return \"redirect:/practice/iban\";")
                        .find())
                .isTrue();
        assertThat(PRACTICE_LITERAL.matcher("@GetMapping(\"/practice\")").find())
                .isTrue();
        assertThat(PRACTICE_LITERAL
                        .matcher("\"/practice-franceconnect/choose\"")
                        .find())
                .isFalse();
    }
}
