package id.berdaya.application.wrse;

import id.berdaya.domain.wrse.appeal.AppealGround;
import java.time.LocalDate;
import java.util.List;

/**
 * What an officer records of an appeal: when it was lodged (today if not given), the ground and the
 * grounds in words, new facts or documents, the corrected facts (a null list keeps what the application
 * says), and for a registry error the registry at fault and the correction it should make.
 */
public record AppealDetails(
        LocalDate lodgedOn,
        AppealGround ground,
        String grounds,
        String newFacts,
        List<ApplicantDetails.Registry> registries,
        List<String> currentAid,
        List<String> circumstances,
        String registry,
        String correction) {
}
