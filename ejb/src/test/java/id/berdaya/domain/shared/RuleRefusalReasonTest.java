package id.berdaya.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15: a refusal shows the member's NIK masked, whatever the rule text wrote. */
class RuleRefusalReasonTest {

    @Test
    void aReasonNamingAMemberShowsHerNikMaskedInBothLanguages() {
        RuleRefusalException refusal = new RuleRefusalException("The loan breaks 1 KUBP term(s)", "Pinjaman melanggar 1 ketentuan KUBP",
                List.of(new RuleRefusalException.Reason("MEMBER_SEX", "Anggota NIK 6402060101800001 laki-laki; semua anggota KUBP harus perempuan",
                        "Member NIK 6402060101800001 is male; all KUBP members must be women")));

        RuleRefusalException.Reason reason = refusal.getReasons().get(0);
        assertThat(reason.reasonId()).isEqualTo("Anggota NIK 6402********0001 laki-laki; semua anggota KUBP harus perempuan");
        assertThat(reason.reasonEn()).isEqualTo("Member NIK 6402********0001 is male; all KUBP members must be women");
        assertThat(reason.code()).isEqualTo("MEMBER_SEX");
    }

    @Test
    void otherNumbersInAReasonStayAsTheyAre() {
        RuleRefusalException.Reason reason = new RuleRefusalException.Reason("CEILING_PER_GROUP",
                "Pokok Rp 120000000 melebihi plafon; kecamatan 640206", "Principal 120000000 over the ceiling; district 640206");

        assertThat(reason.reasonId()).isEqualTo("Pokok Rp 120000000 melebihi plafon; kecamatan 640206");
        assertThat(reason.reasonEn()).isEqualTo("Principal 120000000 over the ceiling; district 640206");
    }

    @Test
    void everyNikInATextIsMaskedButLongerDigitRunsAreNot() {
        assertThat(Nik.maskAll("6402064101800001 dan 6402064101800002")).isEqualTo("6402********0001 dan 6402********0002");
        assertThat(Nik.maskAll("ref 12345678901234567")).isEqualTo("ref 12345678901234567");
        assertThat(Nik.maskAll(null)).isNull();
    }
}
