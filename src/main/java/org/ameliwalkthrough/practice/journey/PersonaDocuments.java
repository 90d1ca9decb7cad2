package org.ameliwalkthrough.practice.journey;

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
                p.nir().formatted(),
                p.carteVitaleSerial() == null ? null : p.carteVitaleSerial().normalized(),
                p.cardActivated(),
                p.iban() == null ? null : p.iban().formatted(),
                p.numeroFiscal() == null ? null : p.numeroFiscal().formatted(),
                Personas.PRACTICE_TAX_PASSWORD);
    }
}
