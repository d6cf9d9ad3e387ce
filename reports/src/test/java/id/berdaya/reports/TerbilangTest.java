package id.berdaya.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerbilangTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0             | nol
            1             | satu
            10            | sepuluh
            11            | sebelas
            12            | dua belas
            19            | sembilan belas
            20            | dua puluh
            21            | dua puluh satu
            100           | seratus
            101           | seratus satu
            111           | seratus sebelas
            250           | dua ratus lima puluh
            1000          | seribu
            1001          | seribu satu
            1100          | seribu seratus
            2000          | dua ribu
            11000         | sebelas ribu
            100000        | seratus ribu
            1000000       | satu juta
            1100000       | satu juta seratus ribu
            3000000       | tiga juta
            834000        | delapan ratus tiga puluh empat ribu
            1000000000    | satu miliar
            1000001000    | satu miliar seribu
            88351878472   | delapan puluh delapan miliar tiga ratus lima puluh satu juta delapan ratus tujuh puluh delapan ribu empat ratus tujuh puluh dua
            """)
    void writesAwkwardNumbersAsIndonesianLettersDo(long number, String words) {
        assertThat(Terbilang.of(number)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3000000 | tiga juta rupiah
            0       | nol rupiah
            """)
    void amountsOfMoneyEndInRupiah(long amount, String words) {
        assertThat(Terbilang.rupiah(amount)).isEqualTo(words);
    }
}
