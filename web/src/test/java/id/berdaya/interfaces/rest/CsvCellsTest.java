package id.berdaya.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void formulaCellsAreWrittenAsText() {
        assertThat(CsvCells.neutralise("name,value\nlink,\"=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\"\n"))
                .isEqualTo("name,value\nlink,\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\"\n");
        assertThat(CsvCells.neutralise("a,@SUM(A1),+cmd|' /C calc'!A0,-2+3"))
                .isEqualTo("a,\"'@SUM(A1)\",\"'+cmd|' /C calc'!A0\",\"'-2+3\"");
        assertThat(CsvCells.neutralise("\"=1+1\",x")).isEqualTo("\"'=1+1\",x");
        assertThat(CsvCells.neutralise("x,\tcmd")).isEqualTo("x,\"'\tcmd\"");
    }

    @Test
    void plainValuesAndNumbersStayAsTheyAre() {
        String csv = "key,type,value\r\nmin.age,INT,-5\r\nrate,DECIMAL,+0.25\r\nname,TEXT,\"Siti, \"\"Ani\"\"\"\r\n";
        assertThat(CsvCells.neutralise(csv)).isEqualTo(csv);
        assertThat(CsvCells.neutralise("")).isEmpty();
    }
}
