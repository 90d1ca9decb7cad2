package org.ameliwalkthrough.practice.steps;

import java.time.LocalDate;
import org.ameliwalkthrough.identifiers.Nir;
import org.ameliwalkthrough.identifiers.Postcode;

/** The identity screen's answers once valid, parsed once into value objects for the lookup. */
record TypedIdentity(String lastName, Nir nir, LocalDate birthDate, Postcode postcode) {

    @Override
    public String toString() {
        return "TypedIdentity[" + nir + "]"; // masked
    }
}
