package id.berdaya.domain.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskedNameTest {

    @Test
    void showsTheStartOfEachWordOnly() {
        assertThat(MaskedName.of("Siti Rahmawati")).isEqualTo("Si** Ra*******");
        assertThat(MaskedName.of("KUBP Mawar Indah")).isEqualTo("KU** Ma*** In***");
        assertThat(MaskedName.of("Ani")).isEqualTo("A**");
        assertThat(MaskedName.of("  ")).isEqualTo("-");
    }
}
