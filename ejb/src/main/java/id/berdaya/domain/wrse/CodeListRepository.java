package id.berdaya.domain.wrse;

/** The code lists loaded by migration (business fields, poverty registries, aid programmes). */
public interface CodeListRepository {

    boolean isBusinessField(String code);

    boolean isRegistry(String code);

    /** Whether the registry ranks households in deciles (P3KE, DTSEN). */
    boolean registryHasDecile(String code);

    boolean isAidProgramme(String code);

    /** The business field's Indonesian name ("Kuliner (olahan makanan dan minuman)"), or the code if unknown. */
    String businessFieldName(String code);
}
