package id.berdaya.domain.kubp.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgingBucketTest {

    @ParameterizedTest(name = "{0} days past due is {1}")
    @CsvSource({
        "0, CURRENT",
        "1, DPD_1_30",
        "30, DPD_1_30",
        "31, DPD_31_60",
        "60, DPD_31_60",
        "61, DPD_61_90",
        "90, DPD_61_90",
        "91, DPD_OVER_90",
        "4000, DPD_OVER_90"
    })
    void bucketBoundsIncludeBothEnds(long daysPastDue, AgingBucket expected) {
        assertThat(AgingBucket.of(daysPastDue)).isEqualTo(expected);
    }

    @Test
    void refusesNegativeDaysPastDue() {
        assertThatThrownBy(() -> AgingBucket.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
