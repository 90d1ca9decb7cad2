package org.ameliwalkthrough.records;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Read-only look-ups into the practice records, the way ameli and impots.gouv.fr would search them. */
public interface PracticeRecords extends Repository<PracticePerson, Long> {

    @Query("SELECT * FROM practice_person ORDER BY sort_order")
    List<PracticePerson> findAllPersonas();

    // Explicit SQL: derived queries quote identifiers in upper case, which the H2 URL
    // (DATABASE_TO_LOWER, as on PostgreSQL) does not match.
    @Query("SELECT * FROM practice_person WHERE slug = :slug")
    Optional<PracticePerson> findBySlug(String slug);

    @Query("SELECT * FROM practice_person WHERE id = :id")
    Optional<PracticePerson> findById(Long id);

    /** ameli asks for the 13 characters without the key. */
    @Query("SELECT * FROM practice_person WHERE SUBSTRING(nir, 1, 13) = :nir13")
    Optional<PracticePerson> findByNir13(String nir13);

    @Query("SELECT * FROM practice_person WHERE numero_fiscal = :numeroFiscal")
    Optional<PracticePerson> findByNumeroFiscal(String numeroFiscal);
}
