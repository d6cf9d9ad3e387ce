package id.berdaya.domain.registry;

import java.util.List;

/**
 * One line of the report of what a newer extract changed: a person who ENTERED or LEFT the candidate
 * list ({@code why}: the criteria she now fails, or MOVED when no longer listed in the regency), or an
 * open application to RESCREEN because its registry outcome changed. NIK masked.
 */
public record CandidateChange(String districtCode, String nikMasked, String fullName, String kind, List<String> why) {
}
