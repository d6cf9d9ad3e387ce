package id.berdaya.interfaces.kubp.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.domain.kubp.group.GroupDetails;
import id.berdaya.domain.kubp.group.KubpGroup;
import id.berdaya.domain.kubp.group.MemberDetails;
import id.berdaya.domain.kubp.group.MemberRole;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Sex;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class GroupExportTest {

    private static KubpGroup group(String chairName) {
        List<MemberDetails> members = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            members.add(new MemberDetails(String.format("640206%02d0385%04d", 40 + i, i), i == 1 ? chairName : "Anggota " + i,
                    Sex.F, LocalDate.of(1985, 3, i), MaritalStatus.MARRIED, i == 1 ? MemberRole.CHAIR : MemberRole.MEMBER,
                    null, i == 1 ? "0812 3456 7890" : null));
        }
        return KubpGroup.create(new GroupDetails("KUBP Mawar, Loa Ipuh", "640206", "Loa Ipuh", "CULINARY",
                LocalDate.of(2020, 5, 1), members), "petugas", Instant.now(), LocalDate.of(2026, 11, 23));
    }

    @Test
    void csvHasOneRowPerMemberWithMaskedNiksAndNoFormula() {
        String csv = new String(GroupExport.csv(List.of(group("=HYPERLINK(\"http://x\",\"klik\")"))),
                StandardCharsets.UTF_8);

        String[] lines = csv.substring(1).split("\r\n");
        assertThat(lines).hasSize(6);
        assertThat(lines[0]).startsWith("group_id,group_name");
        assertThat(lines[1]).contains("\"KUBP Mawar, Loa Ipuh\"", "6402********0001", "\"'=HYPERLINK(\"\"http://x\"\"",
                "CHAIR", "'+6281234567890");
        assertThat(csv).doesNotContain("64020641038500");
    }

    @Test
    void xlsxCellsAreStringsAndAFormulaLookingNameStaysText() throws Exception {
        byte[] bytes = GroupExport.xlsx(List.of(group("@SUM(A1:A9)")));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            var name = sheet.getRow(1).getCell(7);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("'@SUM(A1:A9)");
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("6402********0002");
        }
    }
}
