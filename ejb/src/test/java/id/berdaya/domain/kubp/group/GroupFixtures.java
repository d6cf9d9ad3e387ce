package id.berdaya.domain.kubp.group;

import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Members and groups with NIKs that agree with their birth dates; tests change what they need. */
public final class GroupFixtures {

    private GroupFixtures() {
    }

    /** A woman born 1985-03-(serial), NIK from Tenggarong (640206) with the day plus 40. */
    public static MemberDetails woman(int serial, MemberRole role) {
        LocalDate birth = LocalDate.of(1985, 3, serial);
        String nik = String.format("640206%02d0385%04d", serial + 40, serial);
        return new MemberDetails(nik, "Anggota " + serial, Sex.F, birth, MaritalStatus.MARRIED, role, null);
    }

    public static List<MemberDetails> members(int count) {
        List<MemberDetails> members = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            members.add(woman(i, i == 1 ? MemberRole.CHAIR : MemberRole.MEMBER));
        }
        return members;
    }

    public static GroupDetails group(List<MemberDetails> members) {
        return new GroupDetails("KUBP Mawar", "640206", "Loa Ipuh", "CULINARY", LocalDate.of(2020, 5, 1), members);
    }
}
