package id.berdaya.domain.registry;

import java.util.List;

/**
 * One person's result in a targeting run. A candidate fails no criterion the registries can judge;
 * {@code toCheck} lists what an officer must still see in the field (criteria whose facts no registry
 * gives) or verify (criteria the rules sent to review). {@code failed} lists the excluding criteria.
 */
public record TargetingOutcome(String nik, String fullName, String districtCode, String villageCode, boolean candidate,
        String decision, int score, List<String> failed, List<String> toCheck) {
}
