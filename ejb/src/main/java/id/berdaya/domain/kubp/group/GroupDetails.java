package id.berdaya.domain.kubp.group;

import id.berdaya.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a loan officer enters for a group, checked as a whole: every member's NIK valid and in
 * agreement with her birth date and sex, no one twice, exactly one chair. Whether the district
 * and business field exist is the repository's question (reference data), asked by the service.
 */
public record GroupDetails(String name, String districtCode, String village, String businessField,
        LocalDate foundedOn, List<MemberDetails> members) {

    public GroupDetails {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** Refuses the first thing wrong, naming its field; returns normally when all is well. */
    public void validate(LocalDate today) {
        required("name", name);
        required("districtCode", districtCode);
        required("village", village);
        required("businessField", businessField);
        if (foundedOn == null) {
            throw new InvalidInputException("foundedOn", "foundedOn is required", "Tanggal berdiri wajib diisi");
        }
        if (foundedOn.isAfter(today)) {
            throw new InvalidInputException("foundedOn", "foundedOn " + foundedOn + " is in the future",
                    "Tanggal berdiri " + foundedOn + " belum terjadi");
        }
        Set<String> niks = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            String field = "members[" + i + "]";
            MemberDetails member = members.get(i);
            if (member == null) {
                throw new InvalidInputException(field, field + " is empty", field + " kosong");
            }
            String nik = member.validNik(field).value();
            member.validTelephone(field);
            if (!niks.add(nik)) {
                throw new InvalidInputException(field + ".nik", "NIK " + nik + " appears twice in the group",
                        "NIK " + nik + " tercatat dua kali dalam kelompok");
            }
        }
        long chairs = members.stream().filter(m -> m.role() == MemberRole.CHAIR).count();
        if (chairs != 1) {
            throw new InvalidInputException("members", "a group has exactly one CHAIR, found " + chairs,
                    "Kelompok harus punya tepat satu ketua, tercatat " + chairs);
        }
        for (MemberRole office : List.of(MemberRole.SECRETARY, MemberRole.TREASURER)) {
            long holders = members.stream().filter(m -> m.role() == office).count();
            if (holders > 1) {
                throw new InvalidInputException("members", "a group has at most one " + office + ", found " + holders,
                        "Kelompok paling banyak punya satu " + (office == MemberRole.SECRETARY ? "sekretaris"
                                : "bendahara") + ", tercatat " + holders);
            }
        }
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " is required", field + " wajib diisi");
        }
    }

    /** One line per fact, for the group's history. */
    String describe() {
        StringBuilder text = new StringBuilder()
                .append("name=").append(name)
                .append("; district=").append(districtCode)
                .append("; village=").append(village)
                .append("; businessField=").append(businessField)
                .append("; foundedOn=").append(foundedOn)
                .append("; members=");
        for (MemberDetails m : members) {
            text.append('[').append(m.nik(), 0, 4).append("********").append(m.nik().substring(12))
                    .append(' ').append(m.fullName()).append(' ').append(m.role());
            if (m.telephone() != null && m.telephone().length() > 4) {
                text.append(" tel …").append(m.telephone().substring(m.telephone().length() - 4));
            }
            text.append(']');
        }
        return text.toString();
    }
}
