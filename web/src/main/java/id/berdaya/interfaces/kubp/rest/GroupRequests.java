package id.berdaya.interfaces.kubp.rest;

import id.berdaya.interfaces.rest.KnownRegion;
import id.berdaya.interfaces.rest.NotAfterToday;
import id.berdaya.domain.kubp.group.GroupDetails;
import id.berdaya.domain.kubp.group.MemberDetails;
import id.berdaya.domain.kubp.group.MemberRole;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Sex;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The JSON a client sends to create or change a group. */
public final class GroupRequests {

    private GroupRequests() {
    }

    public record GroupRequest(
            @NotBlank @Size(max = 150) String name,
            @NotBlank @Size(max = 6) @KnownRegion(regency = false) String districtCode,
            @NotBlank @Size(max = 100) String village,
            @NotBlank @Size(max = 20) String businessField,
            @NotNull @NotAfterToday LocalDate foundedOn,
            @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull MemberRequest> members) {

        GroupDetails toDetails() {
            return new GroupDetails(name, districtCode, village, businessField, foundedOn,
                    members.stream().map(MemberRequest::toDetails).toList());
        }
    }

    /**
     * @param domicileDistrictCode optional: the district on her family card, for the domicile term
     * @param telephone optional: an Indonesian number (0812…, +62 812…), stored as +62…
     */
    public record MemberRequest(
            @NotBlank @Size(min = 16, max = 16) String nik,
            @NotBlank @Size(max = 150) String fullName,
            @NotNull Sex sex,
            @NotNull @Past LocalDate birthDate,
            @NotNull MaritalStatus maritalStatus,
            @NotNull MemberRole role,
            @Size(max = 6) @KnownRegion(regency = false) String domicileDistrictCode,
            @Size(max = 25) String telephone) {

        MemberDetails toDetails() {
            return new MemberDetails(nik, fullName, sex, birthDate, maritalStatus, role, domicileDistrictCode,
                    telephone);
        }
    }
}
