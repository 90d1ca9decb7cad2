package org.ameliwalkthrough.identifiers;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Random;

/**
 * Made-up but valid identifiers for practice personas, examples and tests. Seed it for repeatable
 * output. The numbers follow the rules, so some will by chance belong to a real person: they are
 * for the practice simulator only and are never sent anywhere.
 */
public final class FictionalIdentifiers {

    private static final String ACCOUNT_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final Random random;

    public FictionalIdentifiers(Random random) {
        this.random = Objects.requireNonNull(random);
    }

    public FictionalIdentifiers(long seed) {
        this(new Random(seed));
    }

    /**
     * A permanent NIR. {@code place} is a département ("75", "2A", "2B", "971") with a random commune,
     * a full place ("75111", "2A004", "97611"), or "99" plus an INSEE country code ("99350").
     */
    public Nir nir(Nir.Sex sex, LocalDate birthDate, String place) {
        String body = (sex == Nir.Sex.MALE ? "1" : "2")
                + String.format("%02d", birthDate.getYear() % 100)
                + String.format("%02d", birthDate.getMonthValue())
                + fullPlace(place.toUpperCase(java.util.Locale.ROOT))
                + String.format("%03d", 1 + random.nextInt(999));
        return Nir.parse(body + Nir.computeKey(body));
    }

    /** A NIR with a random sex, a birth date between 1940 and 2005 and a metropolitan département. */
    public Nir nir() {
        LocalDate birth = LocalDate.of(1940 + random.nextInt(66), 1 + random.nextInt(12), 1 + random.nextInt(28));
        int department = 1 + random.nextInt(95);
        String place = department == 20 ? (random.nextBoolean() ? "2A" : "2B") : String.format("%02d", department);
        return nir(random.nextBoolean() ? Nir.Sex.MALE : Nir.Sex.FEMALE, birth, place);
    }

    private String fullPlace(String place) {
        if (place.length() == 5) {
            return place;
        }
        if (place.length() == 3) { // overseas: 3-digit département, 2-digit commune
            return place + String.format("%02d", 1 + random.nextInt(99));
        }
        if (place.length() == 2) {
            return place + String.format("%03d", 1 + random.nextInt(999));
        }
        throw new IllegalArgumentException("place: a département (2 or 3 characters) or 5 characters");
    }

    /** A numéro fiscal: first digit 0–3, first 10 not all zero, mod-511 check digits. */
    public NumeroFiscal numeroFiscal() {
        String first10;
        do {
            first10 = random.nextInt(4) + digits(9);
        } while (first10.equals("0000000000"));
        return NumeroFiscal.parse(first10 + NumeroFiscal.checkDigits(first10));
    }

    /** A French IBAN for these RIB parts, with the RIB key and IBAN check digits computed. */
    public Iban frenchIban(String bank, String branch, String account) {
        String upper = account.toUpperCase(java.util.Locale.ROOT);
        String bban = bank + branch + upper + RibKey.compute(bank, branch, upper);
        return Iban.parse("FR" + ibanCheckDigits("FR", bban) + bban);
    }

    /** A random French IBAN; about one account in four contains a letter, as real ones sometimes do. */
    public Iban frenchIban() {
        StringBuilder account = new StringBuilder(digits(11));
        if (random.nextInt(4) == 0) {
            account.setCharAt(random.nextInt(11), ACCOUNT_CHARACTERS.charAt(10 + random.nextInt(26)));
        }
        return frenchIban(digits(5), digits(5), account.toString());
    }

    /** A serial of {@link CarteVitaleSerial#LENGTH} digits. */
    public CarteVitaleSerial carteVitaleSerial() {
        return CarteVitaleSerial.parse(digits(CarteVitaleSerial.LENGTH));
    }

    /** ISO 13616 check digits: 98 − (BBAN + country + "00" mod 97), two digits. */
    public static String ibanCheckDigits(String country, String bban) {
        return String.format("%02d", 98 - IbanRules.mod97(country + "00" + bban));
    }

    private String digits(int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }
}
