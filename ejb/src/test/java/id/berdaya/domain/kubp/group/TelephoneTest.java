package id.berdaya.domain.kubp.group;

import static id.berdaya.domain.kubp.group.GroupFixtures.group;
import static id.berdaya.domain.kubp.group.GroupFixtures.members;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.domain.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelephoneTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void acceptsIndonesianNumbersAsPeopleWriteThemAndKeepsThemInInternationalForm() {
        assertThat(Telephone.normalise("t", "0812-3456-7890")).isEqualTo("+6281234567890");
        assertThat(Telephone.normalise("t", "+62 812 3456 7890")).isEqualTo("+6281234567890");
        assertThat(Telephone.normalise("t", "6281234567890")).isEqualTo("+6281234567890");
        assertThat(Telephone.normalise("t", "(0541) 661234")).isEqualTo("+62541661234");
        assertThat(Telephone.normalise("t", "  ")).isNull();
    }

    @Test
    void refusesNumbersThatAreNotIndonesianNamingTheField() {
        for (String bad : List.of("+60 12 345 6789", "12345", "0812", "08123456789012345", "0812-ABCD-7890",
                "=HYPERLINK(\"x\")")) {
            assertThatThrownBy(() -> Telephone.normalise("members[0].telephone", bad))
                    .as(bad)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("not an Indonesian telephone number")
                    .extracting(e -> ((InvalidInputException) e).getField()).isEqualTo("members[0].telephone");
        }
    }

    @Test
    void aGroupKeepsTheChairsTelephoneAndRefusesABadOneOnHerField() {
        List<MemberDetails> list = new ArrayList<>(members(5));
        MemberDetails chair = list.get(0);
        list.set(0, withTelephone(chair, "0812 1111 2222"));
        KubpGroup group = KubpGroup.create(group(list), "petugas", Instant.now(), TODAY);
        assertThat(group.getMembers().get(0).getTelephone()).isEqualTo("+6281211112222");

        list.set(3, withTelephone(list.get(3), "555-1234"));
        assertThatThrownBy(() -> KubpGroup.create(group(list), "petugas", Instant.now(), TODAY))
                .extracting(e -> ((InvalidInputException) e).getField()).isEqualTo("members[3].telephone");
    }

    @Test
    void aGroupHasAtMostOneSecretaryAndOneTreasurer() {
        List<MemberDetails> list = new ArrayList<>(members(5));
        list.set(1, withRole(list.get(1), MemberRole.TREASURER));
        list.set(2, withRole(list.get(2), MemberRole.TREASURER));

        assertThatThrownBy(() -> KubpGroup.create(group(list), "petugas", Instant.now(), TODAY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most one TREASURER");
    }

    private static MemberDetails withTelephone(MemberDetails m, String telephone) {
        return new MemberDetails(m.nik(), m.fullName(), m.sex(), m.birthDate(), m.maritalStatus(), m.role(),
                m.domicileDistrictCode(), telephone);
    }

    private static MemberDetails withRole(MemberDetails m, MemberRole role) {
        return new MemberDetails(m.nik(), m.fullName(), m.sex(), m.birthDate(), m.maritalStatus(), role,
                m.domicileDistrictCode(), m.telephone());
    }
}
