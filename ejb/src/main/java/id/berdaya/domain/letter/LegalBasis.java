package id.berdaya.domain.letter;

/**
 * What a letter cites as its legal basis: the rule set's name and version that decided, and the
 * decree that rule set implements ("Aturan syarat pinjaman KUBP versi 3, berdasarkan Peraturan ...").
 */
public record LegalBasis(String ruleSetName, Integer version, String decree) {

    /** As the letter prints it. */
    public String citation() {
        return ruleSetName + (version == null ? "" : " versi " + version) + ", berdasarkan " + decree;
    }
}
