package id.berdaya.domain.kubp.group;

import static id.berdaya.domain.kubp.group.GroupFixtures.group;
import static id.berdaya.domain.kubp.group.GroupFixtures.members;
import static id.berdaya.domain.kubp.group.GroupFixtures.woman;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KubpGroupTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aNewGroupRecordsItsCreationInTheHistory() {
        KubpGroup group = KubpGroup.create(group(members(5)), "petugas", Instant.now(), TODAY);

        assertThat(group.getMembers()).hasSize(5);
        assertThat(group.getHistory()).singleElement()
                .satisfies(change -> {
                    assertThat(change.getKind()).isEqualTo(GroupChange.Kind.CREATED);
                    assertThat(change.getChangedBy()).isEqualTo("petugas");
                    assertThat(change.getDescription()).contains("KUBP Mawar", "6402********0001");
                });
    }

    @Test
    void refusesAGroupWithoutAChair() {
        List<MemberDetails> noChair = new ArrayList<>(members(5));
        noChair.set(0, woman(1, MemberRole.SECRETARY));

        assertThatThrownBy(() -> KubpGroup.create(group(noChair), "petugas", Instant.now(), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("members"));
    }

    @Test
    void refusesTwoChairs() {
        List<MemberDetails> twoChairs = new ArrayList<>(members(5));
        twoChairs.set(1, woman(2, MemberRole.CHAIR));

        assertThatThrownBy(() -> KubpGroup.create(group(twoChairs), "petugas", Instant.now(), TODAY))
                .hasMessageContaining("exactly one CHAIR, found 2");
    }

    @Test
    void refusesANikThatDisagreesWithTheBirthDateNamingTheMember() {
        List<MemberDetails> list = new ArrayList<>(members(5));
        MemberDetails third = list.get(2);
        list.set(2, new MemberDetails(third.nik(), third.fullName(), Sex.F, third.birthDate().plusDays(1),
                MaritalStatus.MARRIED, MemberRole.MEMBER, null));

        assertThatThrownBy(() -> KubpGroup.create(group(list), "petugas", Instant.now(), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("members[2].nik"));
    }

    @Test
    void refusesTheSamePersonTwice() {
        List<MemberDetails> list = new ArrayList<>(members(5));
        list.add(woman(3, MemberRole.MEMBER));

        assertThatThrownBy(() -> KubpGroup.create(group(list), "petugas", Instant.now(), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("members[5].nik"));
    }

    @Test
    void anEditKeepsRemainingMembersAndLogsBeforeAndAfter() {
        KubpGroup group = KubpGroup.create(group(members(5)), "petugas", Instant.now(), TODAY);
        GroupMember kept = group.getMembers().get(1);
        List<MemberDetails> changed = new ArrayList<>(members(6));
        changed.remove(4);

        group.update(group(changed), "petugas2", Instant.now(), TODAY);

        assertThat(group.memberNiks()).hasSize(5).contains(woman(6, MemberRole.MEMBER).nik())
                .doesNotContain(woman(5, MemberRole.MEMBER).nik());
        assertThat(group.getMembers()).contains(kept);
        assertThat(group.getHistory()).hasSize(2);
        assertThat(group.getHistory().get(1).getDescription()).startsWith("before: ").contains("| after: ");
        assertThat(group.getHistory().get(1).getChangedBy()).isEqualTo("petugas2");
    }

    @Test
    void refusesAFoundingDateInTheFuture() {
        GroupDetails details = new GroupDetails("KUBP Melati", "640206", "Loa Ipuh", "SEWING",
                TODAY.plusDays(1), members(5));

        assertThatThrownBy(() -> KubpGroup.create(details, "petugas", Instant.now(), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("foundedOn"));
    }
}
