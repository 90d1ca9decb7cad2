package org.ameliwalkthrough.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The made-up numbers drawn on /where-to-find-your-numbers must pass their checksums, or readers who try
 * them in the checker would be told they are wrong. The checks are written out here on purpose: they
 * are independent of the identifier classes, which are built separately.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExampleNumbersTest {

    private static final ExampleDocuments EXAMPLE = ExampleDocuments.FICTIONAL;

    @Autowired
    MockMvc mvc;

    @Test
    void nirKeyIs97MinusTheFirst13DigitsMod97AndTheNumberIsPermanent() {
        String nir = digits(EXAMPLE.nir());
        assertThat(nir).hasSize(15).startsWith("1");
        long body = Long.parseLong(nir.substring(0, 13));
        assertThat(Integer.parseInt(nir.substring(13))).isEqualTo(97 - (int) (body % 97));
    }

    @Test
    void ibanPassesMod97AndItsRibKeyIsRight() {
        String iban = digits(EXAMPLE.iban());
        assertThat(iban).hasSize(27).startsWith("FR");
        assertThat(ibanMod97(iban)).isEqualTo(1);
        long bank = Long.parseLong(iban.substring(4, 9));
        long branch = Long.parseLong(iban.substring(9, 14));
        long account = Long.parseLong(iban.substring(14, 25)); // all digits in our example
        int key = Integer.parseInt(iban.substring(25));
        assertThat(key).isEqualTo(97 - (int) ((89 * bank + 15 * branch + 3 * account) % 97));
    }

    @Test
    void numeroFiscalKeyIsTheFirst10DigitsMod511() {
        String nif = digits(EXAMPLE.numeroFiscal());
        assertThat(nif).hasSize(13).matches("[0-3]\\d{12}");
        assertThat(Integer.parseInt(nif.substring(10))).isEqualTo((int) (Long.parseLong(nif.substring(0, 10)) % 511));
    }

    @Test
    void carteVitaleSerialHas11Digits() {
        assertThat(EXAMPLE.vitaleSerial()).matches("\\d{11}");
    }

    @Test
    void theHelpersRejectANumberWithOneWrongDigit() {
        assertThat(ibanMod97("FR7630006000011234567890188")).isNotEqualTo(1);
        long wrongBody = 1850578006085L;
        assertThat(97 - wrongBody % 97).isNotEqualTo(91);
    }

    @Test
    void thePageDrawsTheseNumbersAndHighlightsTheIbansLast7() throws Exception {
        String html = mvc.perform(get("/where-to-find-your-numbers").param("lang", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("svg[role=img]")).hasSize(4);
        for (var svg : page.select("svg[role=img]")) {
            for (String id : svg.attr("aria-labelledby").split(" ")) {
                assertThat(svg.select("#" + id).text()).as(id).isNotBlank();
            }
        }
        assertThat(page.select("svg text").eachText())
                .contains(EXAMPLE.nir(), EXAMPLE.vitaleSerial(), EXAMPLE.numeroFiscal());
        // each IBAN group is its own text (it never wraps inside a group); the last two are the last 7
        assertThat(page.select("svg text[data-rib=iban-group]").eachText())
                .containsExactly(EXAMPLE.iban().split(" "));
        assertThat(page.select("svg text[data-rib=iban-group].doc-strong").eachText())
                .containsExactly("7890", "189");
    }

    private static String digits(String formatted) {
        return formatted.replace(" ", "");
    }

    /** ISO 7064 mod 97-10: move the first 4 characters to the end, letters become 10..35. */
    private static int ibanMod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder number = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            number.append(Character.getNumericValue(c));
        }
        return new BigInteger(number.toString()).mod(BigInteger.valueOf(97)).intValue();
    }
}
