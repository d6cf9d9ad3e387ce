package id.berdaya.interfaces.wrse.rest;

import id.berdaya.application.wrse.AppealDetails;
import id.berdaya.application.wrse.ApplicantDetails;
import id.berdaya.domain.wrse.appeal.AppealGround;
import id.berdaya.domain.wrse.appeal.RuleSetChoice;
import id.berdaya.interfaces.rest.MultiLineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The JSON bodies of the appeal steps. */
public final class AppealRequests {

    private AppealRequests() {
    }

    /** The corrected facts; a list left out keeps what the application says. */
    public record CorrectionsRequest(
            @Size(max = 10) List<ScreeningRequest.@Valid RegistryRequest> registries,
            @Size(max = 10) List<@Size(max = 20) String> currentAid,
            @Size(max = 20) List<@Size(max = 30) String> circumstances) {
    }

    /**
     * An appeal as the officer records it: against which application's decision letter, lodged when
     * (today if left out), on what ground, why, with what new facts, and for a registry error which
     * registry and what it should say. The domain names a missing ground or grounds.
     */
    public record LodgeRequest(
            @NotNull Long applicationId,
            LocalDate lodgedOn,
            AppealGround ground,
            @MultiLineText @Size(max = 2000) String grounds,
            @MultiLineText @Size(max = 2000) String newFacts,
            @Valid CorrectionsRequest corrections,
            @Size(max = 20) String registry,
            @MultiLineText @Size(max = 1000) String correction) {

        AppealDetails details() {
            CorrectionsRequest c = corrections == null ? new CorrectionsRequest(null, null, null) : corrections;
            List<ApplicantDetails.Registry> registries = c.registries() == null ? null
                    : c.registries().stream().map(r -> new ApplicantDetails.Registry(r.name(), r.decile(), r.asOf())).toList();
            return new AppealDetails(lodgedOn, ground, grounds, newFacts, registries, c.currentAid(), c.circumstances(),
                    registry, correction);
        }
    }

    /** The supervisor's decision: which rule set re-screens it, and a note. */
    public record DecisionRequest(RuleSetChoice ruleSetChoice, @MultiLineText @Size(max = 2000) String note) {
    }
}
