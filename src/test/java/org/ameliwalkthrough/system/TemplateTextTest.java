package org.ameliwalkthrough.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every visible string comes from the message bundles. A template may keep placeholder text only
 * inside an element whose text Thymeleaf replaces (th:text, th:utext, th:replace, th:insert), and may
 * not carry literal alt, title, aria-label or placeholder attributes.
 */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][\\w:-]*)([^>]*?)(/?)>", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final Pattern REPLACING = Pattern.compile("\\sth:(text|utext|replace|insert|remove)=");
    private static final Pattern LITERAL_ATTRIBUTE =
            Pattern.compile("\\s(alt|title|aria-label|placeholder|aria-description)=\"([^\"]*)\"");
    private static final List<String> VOID = List.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    @Test
    void templatesHoldNoLiteralVisibleText() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                problems.addAll(literalText(
                        TEMPLATES.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        assertThat(problems)
                .as("literal text in templates (move it to messages*.properties)")
                .isEmpty();
    }

    @Test
    void detectsLiteralTextAndAttributes() {
        assertThat(literalText("t", "<p>Hello world</p>")).hasSize(1);
        assertThat(literalText("t", "<img alt=\"A card\" src=\"x\">")).hasSize(1);
        assertThat(literalText("t", "<p th:text=\"#{k}\">Placeholder text</p>")).isEmpty();
        assertThat(literalText("t", "<p th:text=\"#{k}\">Placeholder <b>bold</b> text</p>"))
                .isEmpty();
        assertThat(literalText("t", "<td>12 34 567</td>")).isEmpty();
    }

    static List<String> literalText(String name, String html) {
        String source = html.replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?i)<!doctype[^>]*>", "")
                .replaceAll("(?s)<script\\b.*?</script>", "")
                .replaceAll("(?s)<style\\b.*?</style>", "");
        List<String> problems = new ArrayList<>();
        Matcher attributes = LITERAL_ATTRIBUTE.matcher(source);
        while (attributes.find()) {
            if (WORD.matcher(attributes.group(2)).find()) {
                problems.add(name + ": literal " + attributes.group(1) + "=\"" + attributes.group(2) + "\"");
            }
        }
        // A stack of "is this element's text replaced?" flags; text counts only where none is set.
        List<Boolean> replaced = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher tag = TAG.matcher(source);
        int last = 0;
        while (tag.find()) {
            checkText(name, source.substring(last, tag.start()), replaced, problems);
            last = tag.end();
            String element = tag.group(2).toLowerCase();
            if (tag.group(1).equals("/")) {
                int i = names.lastIndexOf(element);
                if (i >= 0) {
                    names.subList(i, names.size()).clear();
                    replaced.subList(i, replaced.size()).clear();
                }
            } else if (!tag.group(4).equals("/") && !VOID.contains(element) && !element.equals("!doctype")) {
                names.add(element);
                replaced.add(REPLACING.matcher(" " + tag.group(3)).find());
            }
        }
        return problems;
    }

    private static void checkText(String name, String text, List<Boolean> replaced, List<String> problems) {
        if (replaced.contains(Boolean.TRUE)) {
            return;
        }
        String visible = text.replaceAll("&[a-zA-Z#0-9]+;", " ").strip();
        if (WORD.matcher(visible).find()) {
            problems.add(name + ": \"" + (visible.length() > 60 ? visible.substring(0, 60) + "…" : visible) + "\"");
        }
    }
}
