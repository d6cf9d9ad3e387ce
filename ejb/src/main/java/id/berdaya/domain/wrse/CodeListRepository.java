package id.berdaya.domain.wrse;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The code lists loaded by migration (business fields, poverty registries, aid programmes, circumstances). */
public interface CodeListRepository {

    boolean isBusinessField(String code);

    boolean isRegistry(String code);

    /** Whether the registry ranks households in deciles (P3KE, DTSEN). */
    boolean registryHasDecile(String code);

    boolean isAidProgramme(String code);

    /** The business field's Indonesian name ("Kuliner (olahan makanan dan minuman)"), or the code if unknown. */
    String businessFieldName(String code);

    boolean isCircumstance(String code);

    /** The circumstances in their form order, with labels and whether each is confidential. */
    List<Circumstance> circumstances();

    /** The codes of the confidential circumstances (VIOLENCE_SURVIVOR and any added as confidential). */
    default Set<String> confidentialCircumstances() {
        return circumstances().stream().filter(Circumstance::confidential).map(Circumstance::code)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Adds a circumstance at the end of the list; the caller has checked the code is new. */
    void addCircumstance(Circumstance circumstance, String by, Instant at);
}
