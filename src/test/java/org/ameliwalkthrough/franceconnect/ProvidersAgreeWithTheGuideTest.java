package org.ameliwalkthrough.franceconnect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The practice chooser offers the providers the guide lists (reference B.2, impots.gouv.fr 2026), by name. */
class ProvidersAgreeWithTheGuideTest {

    @Test
    void theChooserNamesEveryProviderTheGuideListsAndNoOther() throws Exception {
        Properties en = new Properties();
        try (var in = getClass().getResourceAsStream("/messages.properties")) {
            en.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> guide = en.stringPropertyNames().stream()
                .filter(k -> k.startsWith("guide.screen.provider.") && k.endsWith(".real"))
                .map(en::getProperty)
                .map(ProvidersAgreeWithTheGuideTest::plain)
                .sorted()
                .toList();
        List<String> chooser = Providers.ALL.stream()
                .map(id -> en.getProperty("fc.provider." + id + ".name"))
                .map(ProvidersAgreeWithTheGuideTest::plain)
                .sorted()
                .toList();
        assertThat(chooser).containsExactlyElementsOf(guide);
    }

    /** "Ameli – Assurance Maladie" and "ameli" are one provider: compare the first word, case aside. */
    private static String plain(String name) {
        return name.split("[ –]")[0].toLowerCase();
    }
}
