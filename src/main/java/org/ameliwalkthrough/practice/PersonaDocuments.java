package org.ameliwalkthrough.practice;

import org.ameliwalkthrough.identifiers.Iban;
import org.ameliwalkthrough.identifiers.InvalidIdentifierException;
import org.ameliwalkthrough.identifiers.Nir;
import org.ameliwalkthrough.identifiers.NumeroFiscal;
import org.ameliwalkthrough.records.Personas;
import org.ameliwalkthrough.records.PracticePerson;

/**
 * What the persona's documents print, formatted as on the real paper: the user copies from here
 * into the screens. These numbers are fictional and public; they are shown, never stored per user.
 */
public record PersonaDocuments(
        String slug,
        String storyKey,
        String cardName,
        String displayName,
        String nir,
        String serial,
        boolean cardActivated,
        String iban,
        String numeroFiscal,
        String taxPassword) {

    public static PersonaDocuments of(PracticePerson p) {
        return new PersonaDocuments(
                p.slug(),
                Personas.storyKey(p),
                p.firstNames() + " " + p.birthName(),
                p.displayName(),
                printedNir(p.nir()),
                p.carteVitaleSerial(),
                p.cardActivated(),
                p.iban() == null ? null : Iban.parse(p.iban()).formatted(),
                p.numeroFiscal() == null
                        ? null
                        : NumeroFiscal.parse(p.numeroFiscal()).formatted(),
                Personas.PRACTICE_TAX_PASSWORD);
    }

    /** Tom's temporary number (troubleshooting persona) is refused by Nir, which is what he rehearses: print it as is. */
    static String printedNir(String nir) {
        try {
            return Nir.parse(nir).formatted();
        } catch (InvalidIdentifierException temporary) {
            return group(nir, 1, 2, 2, 2, 3, 3, 2);
        }
    }

    /** Splits a number into printed groups, e.g. a NIR as 2 88 04 99 132 047 30. */
    public static String group(String value, int... sizes) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int size : sizes) {
            if (at >= value.length()) {
                break;
            }
            if (at > 0) {
                out.append(' ');
            }
            out.append(value, at, Math.min(value.length(), at + size));
            at += size;
        }
        return out.toString();
    }
}
