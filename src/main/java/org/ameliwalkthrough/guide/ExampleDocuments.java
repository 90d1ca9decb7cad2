package org.ameliwalkthrough.guide;

/**
 * The fictional numbers drawn on the "where to find your numbers" page. Each passes its checksum
 * (NIR key, RIB key and IBAN mod 97, numéro fiscal mod 511) so that readers who try them in the
 * practice checker see them accepted; none belongs to a real person or account.
 */
record ExampleDocuments(String name, String nir, String vitaleSerial, String bank, String iban, String numeroFiscal) {

    static final ExampleDocuments FICTIONAL = new ExampleDocuments(
            "Alex MARTIN",
            "1 85 05 78 006 084 91",
            // 11 digits: the length one source gives; no published checksum exists for it.
            "09218374650",
            "Banque Exemple",
            "FR76 3000 6000 0112 3456 7890 189",
            "30 23 217 600 053");
}
