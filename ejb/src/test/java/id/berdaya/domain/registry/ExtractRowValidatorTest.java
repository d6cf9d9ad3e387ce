package id.berdaya.domain.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExtractRowValidatorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final String HEADER = "NIK,NO_KK,NAMA,JENIS_KELAMIN,TANGGAL_LAHIR,STATUS_KAWIN,HUBUNGAN_KK,KODE_KAB,KODE_KEC,KODE_DESA,DESIL";
    private static final String SITI = "6402054507850001,6402051203150002,Siti Aminah,P,1985-07-05,CERAI_MATI,KEPALA_KELUARGA,6402,640205,6402052001,2";

    private final ExtractRowValidator dtsen = validator(Registry.DTSEN, HEADER);

    private static ExtractRowValidator validator(Registry registry, String header) {
        return new ExtractRowValidator(registry, AS_OF, CsvHeader.parse(header), Set.of("640205", "640206"));
    }

    private Rejection rejected(String line) {
        ExtractRow row = dtsen.validate(2, line);
        assertThat(row).as(line).isInstanceOf(Rejection.class);
        return (Rejection) row;
    }

    @Test
    void acceptsAWomanOfKutaiKartanegaraAndMapsTheCodes() {
        ListedPerson siti = (ListedPerson) dtsen.validate(2, SITI);
        assertThat(siti.sex()).isEqualTo("F");
        assertThat(siti.maritalStatus()).isEqualTo("WIDOWED");
        assertThat(siti.birthDate()).isEqualTo(LocalDate.of(1985, 7, 5));
        assertThat(siti.decile()).isEqualTo(2);
        assertThat(siti.villageCode()).isEqualTo("6402052001");
        assertThat(siti.line()).isEqualTo(2);
    }

    @Test
    void readsSemicolonsColumnsInAnyOrderCaseInsensitiveWithAByteOrderMarkAndDayFirstDates() {
        ExtractRowValidator v = validator(Registry.DTSEN,
                "\uFEFFdesil;nama;nik;no_kk;jenis_kelamin;tanggal_lahir;status_kawin;hubungan_kk;kode_kab;kode_kec;kode_desa;extra");
        ListedPerson p = (ListedPerson) v.validate(5,
                "3;\"Aminah; binti Umar\";6402054507850001;6402051203150002;p;05/07/1985;KAWIN;ISTRI;6402;640205;;x");
        assertThat(p.fullName()).isEqualTo("Aminah; binti Umar");
        assertThat(p.birthDate()).isEqualTo(LocalDate.of(1985, 7, 5));
        assertThat(p.villageCode()).isNull();
    }

    @Test
    void namesTheMissingColumns() {
        assertThat(CsvHeader.parse("NIK,NAMA,DESIL").missing(Registry.DTSEN.requiredColumns()))
                .containsExactly("NO_KK", "JENIS_KELAMIN", "TANGGAL_LAHIR", "STATUS_KAWIN", "HUBUNGAN_KK", "KODE_KAB",
                        "KODE_KEC", "KODE_DESA");
    }

    @Test
    void rejectsEachBrokenValueNamingItsColumn() {
        assertThat(rejected(SITI.replace("6402054507850001", "640205450785001")).column()).isEqualTo("NIK");
        assertThat(rejected(SITI.replace(",P,", ",L,")).column()).isEqualTo("NIK");
        assertThat(rejected(SITI.replace("1985-07-05", "1985-07-06")).column()).isEqualTo("NIK");
        assertThat(rejected(SITI.replace("1985-07-05", "1985-02-30")).column()).isEqualTo("TANGGAL_LAHIR");
        assertThat(rejected(SITI.replace(",P,", ",W,")).column()).isEqualTo("JENIS_KELAMIN");
        assertThat(rejected(SITI.replace("CERAI_MATI", "JANDA")).column()).isEqualTo("STATUS_KAWIN");
        assertThat(rejected(SITI.replace("KEPALA_KELUARGA", "IBU")).column()).isEqualTo("HUBUNGAN_KK");
        assertThat(rejected(SITI.replace(",6402,", ",9999,")).column()).isEqualTo("KODE_KAB");
        assertThat(rejected(SITI.replace(",640205,", ",640299,")).column()).isEqualTo("KODE_KEC");
        assertThat(rejected(SITI.replace(",640205,", ",,")).column()).isEqualTo("KODE_KEC");
        assertThat(rejected(SITI.replace("6402052001", "6402062001")).column()).isEqualTo("KODE_DESA");
        assertThat(rejected(SITI.replace(",2", ",11")).column()).isEqualTo("DESIL");
        assertThat(rejected(SITI.replace(",2", ",")).column()).isEqualTo("DESIL");
        assertThat(rejected(SITI.replace("Siti Aminah", "Siti\u0007Aminah")).column()).isEqualTo("NAMA");
        assertThat(rejected(SITI.replace("Siti Aminah", "\"Siti Aminah")).reason()).contains("quote");
    }

    @Test
    void aDecileIsRefusedFromARegistryThatDoesNotRankButAnEmptyOneIsFine() {
        ExtractRowValidator dtks = validator(Registry.DTKS, HEADER);
        assertThat(dtks.validate(2, SITI)).isInstanceOf(Rejection.class);
        assertThat(dtks.validate(2, SITI.replace(",2", ","))).isInstanceOf(ListedPerson.class);
    }

    @Test
    void aDomicileOutsideEastKalimantanIsImportedNotRejected() {
        ListedPerson p = (ListedPerson) dtsen.validate(2, SITI.replace(",6402,640205,6402052001,", ",3171,317101,,"));
        assertThat(p.regencyCode()).isEqualTo("3171");
    }

    @Test
    void readsAidRecipientRows() {
        ExtractRowValidator pkh = validator(Registry.PKH, "NIK,NAMA,PROGRAM,TAHUN");
        AidReceipt a = (AidReceipt) pkh.validate(3, "6402054507850001,Siti Aminah,PKH,2026");
        assertThat(a.programme()).isEqualTo("PKH");
        assertThat(a.year()).isEqualTo(2026);
        assertThat(((Rejection) pkh.validate(4, "6402054507850001,Siti Aminah,PKH,2027")).column()).isEqualTo("TAHUN");
        assertThat(((Rejection) pkh.validate(4, "6402054507850001,Siti Aminah,ZAKAT,2026")).column()).isEqualTo("PROGRAM");
        assertThat(Registry.PKH.requiredColumns()).isEqualTo(List.of("NIK", "NAMA", "PROGRAM", "TAHUN"));
    }
}
