package org.ameliwalkthrough.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.ameliwalkthrough.identifiers.CarteVitaleSerial;
import org.ameliwalkthrough.identifiers.EmailAddress;
import org.ameliwalkthrough.identifiers.Iban;
import org.ameliwalkthrough.identifiers.Nir;
import org.ameliwalkthrough.identifiers.NumeroFiscal;
import org.ameliwalkthrough.identifiers.PhoneNumber;
import org.ameliwalkthrough.identifiers.Postcode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only look-ups into the practice records, the way ameli and impots.gouv.fr would search them.
 * Rows become {@link PracticePerson}s with their identifiers parsed, so nobody downstream re-parses.
 * The people are seed data that only Flyway writes, so they are read once, on first use (not at
 * start-up, which stays short), and every look-up after that is in memory: a journey page asked the
 * database and re-parsed a person twice per request. A failed first read is not remembered.
 */
@Repository
public class PracticeRecords {

    private static final String SELECT = "SELECT * FROM practice_person ";

    private final JdbcClient jdbc;
    private volatile List<PracticePerson> people;

    PracticeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PracticePerson> findAllPersonas() {
        List<PracticePerson> known = people;
        if (known == null) {
            known = List.copyOf(jdbc.sql(SELECT + "ORDER BY sort_order")
                    .query(PracticeRecords::person)
                    .list());
            people = known;
        }
        return known;
    }

    public Optional<PracticePerson> findBySlug(String slug) {
        return one(p -> p.slug().equals(slug));
    }

    public Optional<PracticePerson> findById(long id) {
        return one(p -> p.id() == id);
    }

    /** ameli asks for the 13 characters without the key. */
    public Optional<PracticePerson> findByNir(Nir nir) {
        return one(p -> p.nir().withoutKey().equals(nir.withoutKey()));
    }

    public Optional<PracticePerson> findByNumeroFiscal(NumeroFiscal numeroFiscal) {
        return one(
                p -> p.numeroFiscal() != null && p.numeroFiscal().normalized().equals(numeroFiscal.normalized()));
    }

    /** True when another practice account already uses this address (one personal e-mail per account). */
    public boolean isEmailTaken(EmailAddress email) {
        return jdbc.sql("SELECT COUNT(*) FROM practice_taken_email WHERE email = ?")
                        .param(email.normalized().toLowerCase(Locale.ROOT))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private Optional<PracticePerson> one(Predicate<PracticePerson> matches) {
        return findAllPersonas().stream().filter(matches).findFirst();
    }

    private static PracticePerson person(ResultSet rs, int row) throws SQLException {
        return new PracticePerson(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("birth_name"),
                rs.getString("usual_name"),
                rs.getString("first_names"),
                "F".equals(rs.getString("sex")) ? Nir.Sex.FEMALE : Nir.Sex.MALE,
                rs.getObject("birth_date", java.time.LocalDate.class),
                rs.getString("birthplace_code"),
                rs.getString("birthplace_name"),
                Nir.checkRecorded(rs.getString("nir")).orElseThrow(),
                Postcode.parse(rs.getString("postcode")),
                nullable(rs.getString("iban"), Iban::parse),
                nullable(rs.getString("carte_vitale_serial"), CarteVitaleSerial::parse),
                rs.getBoolean("card_activated"),
                nullable(rs.getString("numero_fiscal"), NumeroFiscal::parse),
                rs.getString("tax_password_hash"),
                rs.getString("scheme"),
                rs.getString("blocker"),
                rs.getInt("sort_order"),
                new PersonalPapers(
                        PersonalPapers.IdentityDocument.valueOf(rs.getString("identity_document")),
                        rs.getString("street"),
                        rs.getString("town"),
                        EmailAddress.parse(rs.getString("practice_email")),
                        PhoneNumber.parse(rs.getString("practice_mobile")),
                        bank(rs)));
    }

    private static PersonalPapers.BankBranch bank(ResultSet rs) throws SQLException {
        String name = rs.getString("bank_name");
        return name == null ? null : new PersonalPapers.BankBranch(name, rs.getString("bank_town"));
    }

    private static <T> T nullable(String column, Function<String, T> parse) {
        return column == null ? null : parse.apply(column);
    }
}
