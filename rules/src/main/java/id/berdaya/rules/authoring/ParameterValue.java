package id.berdaya.rules.authoring;

/**
 * One programme parameter as a policy officer edits it: the code (from the programme's
 * {@link ParameterDefinition schema}) and the value as entered.
 */
public class ParameterValue {

    private String code;
    private String value;

    public ParameterValue() {
    }

    public ParameterValue(String code, String value) {
        this.code = code;
        this.value = value;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
