package id.berdaya.interfaces.rulesets.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The JSON the rule-set API accepts. */
public final class RuleSetRequests {

    private RuleSetRequests() {
    }

    /** A new draft from version {@code basedOn}, or from the version in force when it is absent. */
    public record NewDraft(@Positive Integer basedOn,
            @NotBlank(message = "{berdaya.rules.reason}") @Size(max = 2000) String reason) {
    }

    public record DraftFile(@NotBlank @Size(max = 200) String path, @NotNull String content) {
    }

    public record DraftTestCase(@NotBlank @Size(max = 200) String name, @NotNull JsonNode input, @NotNull JsonNode expected) {
    }

    /** A whole draft as saved: {@code lockVersion} is the one it was loaded with. */
    public record DraftSave(@NotNull(message = "{berdaya.rules.lockVersion.loaded}") Long lockVersion,
            @NotBlank(message = "{berdaya.rules.reason}") @Size(max = 2000) String reason,
            @NotNull @Size(min = 1, max = 100) List<@Valid @NotNull DraftFile> files,
            @NotNull @Size(max = 500) List<@Valid @NotNull DraftTestCase> testCases) {
    }

    public record ImpactPeriod(@NotNull LocalDate from, @NotNull LocalDate to) {
    }

    /** {@code effectiveAt} absent means now. */
    public record Approval(@NotNull(message = "{berdaya.rules.lockVersion.reviewed}") Long lockVersion,
            OffsetDateTime effectiveAt, @Size(max = 2000) String note) {
    }

    public record Rollback(OffsetDateTime effectiveAt,
            @NotBlank(message = "{berdaya.rules.rollbackReason}") @Size(max = 2000) String reason) {
    }

    /** A second person's approval of a requested rollback; {@code effectiveAt} optional. */
    public record RollbackApproval(OffsetDateTime effectiveAt) {
    }
}
