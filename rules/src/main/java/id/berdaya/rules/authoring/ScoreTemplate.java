package id.berdaya.rules.authoring;

import java.util.List;
import java.util.Map;

/**
 * The fixed palette of priority-score conditions: a score row adds its points when its condition holds.
 * The reason text of a row is catalogue key {@code SCORE.<row code>}.
 */
public enum ScoreTemplate {
    /** Has no existing business. */
    NO_BUSINESS(ConditionTemplate.args(), List.of()),
    /** Her decile in the registry is the one given (P3KE decile 1, ...). */
    REGISTRY_DECILE(ConditionTemplate.args("registry", ValueSpec.code(CodeLists.REGISTRY), "decile", ValueSpec.number(1, 10)),
            List.of("registry", "decile")),
    /** The family's main breadwinner. */
    MAIN_BREADWINNER(ConditionTemplate.args(), List.of()),
    /** Her marital status is one of the list. */
    MARITAL_STATUS_IN(ConditionTemplate.args("statuses", ValueSpec.codes(CodeLists.MARITAL_STATUS)), List.of("status")),
    /** Has taken part in skills training before. */
    SKILLS_TRAINING(ConditionTemplate.args(), List.of()),
    /** The circumstance is recorded (e.g. VIOLENCE_SURVIVOR). */
    CIRCUMSTANCE(ConditionTemplate.args("circumstance", ValueSpec.code(CodeLists.CIRCUMSTANCE)), List.of("circumstance"));

    private final Map<String, ValueSpec> arguments;
    private final List<String> placeholders;

    ScoreTemplate(Map<String, ValueSpec> arguments, List<String> placeholders) {
        this.arguments = arguments;
        this.placeholders = placeholders;
    }

    public Map<String, ValueSpec> getArguments() {
        return arguments;
    }

    /** The placeholders the row's reason text may use. */
    public List<String> getPlaceholders() {
        return placeholders;
    }
}
