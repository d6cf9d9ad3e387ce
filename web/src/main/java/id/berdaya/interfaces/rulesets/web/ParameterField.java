package id.berdaya.interfaces.rulesets.web;

import id.berdaya.rules.authoring.ParameterDefinition;
import id.berdaya.rules.authoring.ParameterValue;
import id.berdaya.rules.authoring.ValueSpec;
import java.util.HashMap;
import java.util.Map;

/** One programme parameter of the typed table: its definition (type, bounds, labels) and its value. */
public class ParameterField extends ArgumentField {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String labelId;
    private final String labelEn;

    private ParameterField(ParameterDefinition definition, Map<String, String> values) {
        super(definition.getCode(), "parameters." + definition.getCode(), definition.getSpec(), values);
        this.code = definition.getCode();
        this.labelId = definition.getLabelId();
        this.labelEn = definition.getLabelEn();
    }

    /** The field for a definition, writing through to the model's parameter value. */
    static ParameterField of(ParameterDefinition definition, ParameterValue value) {
        Map<String, String> values = new WriteThrough(value);
        return new ParameterField(definition, values);
    }

    public String getCode() {
        return code;
    }

    public String label(boolean indonesian) {
        return indonesian ? labelId : labelEn;
    }

    public String hint(boolean indonesian) {
        ValueSpec spec = getSpec();
        String kind = indonesian ? spec.getKind().getDescriptionId() : spec.getKind().getDescriptionEn();
        return getBounds().isEmpty() ? kind : kind + " · " + getBounds();
    }

    /** A one-entry map over the parameter value, so that the argument field's binding writes into the model. */
    private static final class WriteThrough extends HashMap<String, String> {

        private static final long serialVersionUID = 1L;

        private final ParameterValue value;

        WriteThrough(ParameterValue value) {
            this.value = value;
        }

        @Override
        public String get(Object key) {
            return value.getValue();
        }

        @Override
        public String put(String key, String text) {
            String before = value.getValue();
            value.setValue(text);
            return before;
        }
    }
}
