package id.berdaya.interfaces.wrse.rest;

import id.berdaya.interfaces.rest.ProgrammeDate;
import id.berdaya.rules.wrse.WrseDecision;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The JSON bodies of the workflow steps after submission, and of the quota. */
public final class TransitionRequests {

    private TransitionRequests() {
    }

    /** The province's reason for rejecting a proposal. */
    public record RejectionRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    /** A supervisor's judgement: ELIGIBLE or INELIGIBLE, and why. */
    public record ReviewRequest(
            @NotNull WrseDecision decision,
            @NotBlank @Size(min = 20, max = 2000) String justification) {
    }

    /**
     * The day she attended the Bimtek (technical guidance) course. "Not after today" is @ProgrammeDate's, in
     * WITA: with @PastOrPresent beside it, today's date was still refused from 16:00 UTC in the deployed EAR.
     */
    public record TrainingRequest(@NotNull @ProgrammeDate LocalDate attendedOn) {
    }

    /** The business goods handed over; the value defaults to Rp 3,000,000. */
    public record AidDeliveryRequest(
            @NotNull @Size(min = 1, max = 30) List<@NotBlank @Size(max = 200) String> items,
            @Positive @Max(1_000_000_000L) Long value,
            @NotNull @ProgrammeDate LocalDate handoverDate) {
    }

    /** Whether a paper document has been received. */
    public record DocumentRequest(@NotNull Boolean received) {
    }

    /** A regency's quota for a year: how many recipients, within what budget (whole rupiah). */
    public record QuotaRequest(
            @NotNull @Min(0) @Max(100_000) Integer recipients,
            @NotNull @Min(0) @Max(1_000_000_000_000L) Long budget) {
    }
}
