package org.ameliwalkthrough.franceconnect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The practice FranceConnect knows a service only through its {@link RegisteredClient}: its own
 * templates and code hold no address of the ameli side ({@code /practice} and below).
 */
class ServiceUrlsTest {

    private static final Pattern AMELI_URL = Pattern.compile("/practice(?![-\\w])");

    @Test
    void franceConnectTemplatesAndCodeHoldNoAmeliAddress() throws IOException {
        List<String> found = new ArrayList<>();
        found.addAll(scan(Path.of("src/main/resources/templates/franceconnect"), ".html"));
        found.addAll(scan(Path.of("src/main/java/org/ameliwalkthrough/franceconnect"), ".java"));
        assertThat(found)
                .as("ameli addresses outside RegisteredClient")
                .allMatch(hit -> hit.startsWith("RegisteredClient.java:"));
    }

    @Test
    void theScanSeesAnAmeliAddressButNotFranceConnectsOwn() {
        assertThat(AMELI_URL.matcher("th:href=\"@{/practice/documents}\"").find())
                .isTrue();
        assertThat(AMELI_URL.matcher("th:href=\"@{/practice}\"").find()).isTrue();
        assertThat(AMELI_URL.matcher("@{/practice-franceconnect/cancel}").find())
                .isFalse();
    }

    private static List<String> scan(Path dir, String suffix) throws IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                // Comments may show how to include a fragment; only markup and code count.
                String text = Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
                for (String line : text.split("\n")) {
                    if (AMELI_URL.matcher(line).find()) {
                        hits.add(file.getFileName() + ": " + line.strip());
                    }
                }
            }
        }
        return hits;
    }
}
