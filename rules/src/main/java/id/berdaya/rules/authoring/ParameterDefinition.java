package id.berdaya.rules.authoring;

/**
 * A programme parameter the code knows: its code, its {@link ValueSpec} (type, bounds, code list) and
 * its labels. The schema of a programme is fixed by the code; policy staff give the values.
 */
public final class ParameterDefinition {

    private final String code;
    private final ValueSpec spec;
    private final String labelId;
    private final String labelEn;

    public ParameterDefinition(String code, ValueSpec spec, String labelId, String labelEn) {
        this.code = code;
        this.spec = spec;
        this.labelId = labelId;
        this.labelEn = labelEn;
    }

    public String getCode() {
        return code;
    }

    public ValueSpec getSpec() {
        return spec;
    }

    public String getLabelId() {
        return labelId;
    }

    public String getLabelEn() {
        return labelEn;
    }
}
