package id.berdaya.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A letter type's row in {@code letter_series}, one per type from the migration. The register locks
 * it (PESSIMISTIC_WRITE) while it numbers a letter of that type: the row always exists, so there is
 * no race to create a counter, and the lock works the same on H2 and PostgreSQL.
 */
@Entity
@Table(name = "letter_series")
class LetterSeriesRow {

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String title;

    protected LetterSeriesRow() {
        // for JPA
    }
}
