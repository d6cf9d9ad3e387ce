package id.berdaya.application.wrse;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.domain.wrse.Circumstance;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who sees a confidential circumstance, and which texts give one away. */
class ConfidentialityTest {

    private static final Circumstance SURVIVOR = new Circumstance("VIOLENCE_SURVIVOR",
            "Penyintas kekerasan (rujukan UPTD PPA / P2TP2A)", "Survivor of violence (referred by UPTD PPA / P2TP2A)", true);
    private static final Confidentiality HIDDEN = new Confidentiality(List.of(SURVIVOR));

    @Test
    void onlyTheLoanOfficerAndSupervisorsSeeIt() {
        assertThat(Circumstance.mayView(true, false)).isTrue();
        assertThat(Circumstance.mayView(false, true)).isTrue();
        assertThat(Circumstance.mayView(false, false)).as("policy, finance, admin").isFalse();
    }

    @Test
    void theOtherCircumstancesStayVisibleSorted() {
        assertThat(HIDDEN.visible(Set.of("VIOLENCE_SURVIVOR", "HEAD_OF_HOUSEHOLD", "DISABILITY")))
                .containsExactly("DISABILITY", "HEAD_OF_HOUSEHOLD");
        assertThat(Confidentiality.NONE.visible(Set.of("VIOLENCE_SURVIVOR", "DISABILITY")))
                .containsExactly("DISABILITY", "VIOLENCE_SURVIVOR");
        assertThat(Circumstance.visible(List.of("VIOLENCE_SURVIVOR", "DISABILITY"), Set.of("VIOLENCE_SURVIVOR"), false))
                .containsExactly("DISABILITY");
    }

    @Test
    void aCodeLabelOrReferralNamedInATextGivesHerAway() {
        assertThat(HIDDEN.mentions("VIOLENCE_SURVIVOR")).isTrue();
        assertThat(HIDDEN.mentions(null, "Penyintas kekerasan (rujukan UPTD PPA)")).isTrue();
        assertThat(HIDDEN.mentions("PRIORITY_1", "Rujukan dari P2TP2A Kutai Kartanegara")).isTrue();
        assertThat(HIDDEN.mentions("SCORE", "Victim of domestic violence")).isTrue();
        assertThat(HIDDEN.mentions("NO_BUSINESS", "Belum memiliki usaha", "Has no existing business")).isFalse();
        assertThat(HIDDEN.mentions("HEAD_OF_HOUSEHOLD", "Perempuan kepala keluarga; pemasukan tidak tetap")).isFalse();
        assertThat(Confidentiality.NONE.mentions("VIOLENCE_SURVIVOR")).isFalse();
    }
}
