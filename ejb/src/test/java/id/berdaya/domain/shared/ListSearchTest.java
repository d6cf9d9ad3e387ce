package id.berdaya.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ListSearchTest {

    @Test
    void sixteenDigitsLookUpANikAndAnythingElseIsPartOfAName() {
        assertThat(ListSearch.of(" 6402054503900007 ").nik()).isEqualTo("6402054503900007");
        assertThat(ListSearch.of("640205450390").isNik()).as("part of a NIK is no NIK").isFalse();
        assertThat(ListSearch.of("Siti AMINAH").name()).isEqualTo("siti aminah");
        assertThat(ListSearch.of("   ")).isNull();
        assertThat(ListSearch.of(null)).isNull();
    }

    @Test
    void wildcardsAreTextInTheLikePattern() {
        assertThat(ListSearch.of("50%_off!").namePattern()).isEqualTo("%50!%!_off!!%");
        assertThat(ListSearch.of("' OR 1=1 --").namePattern()).isEqualTo("%' or 1=1 --%");
    }

    @Test
    void refusesTooLongOrMultiLineTextOnQ() {
        assertThatThrownBy(() -> ListSearch.of("a".repeat(101))).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).getField()).isEqualTo("q");
        assertThatThrownBy(() -> ListSearch.of("a\nb")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anOrderIsAnAllowedKeyAscendingOrWithAMinusDescending() {
        Set<String> keys = Set.of("name", "date");
        assertThat(ListOrder.parse("name", keys, null)).isEqualTo(ListOrder.ascending("name"));
        assertThat(ListOrder.parse("-date", keys, null)).isEqualTo(ListOrder.descending("date"));
        assertThat(ListOrder.parse(" ", keys, ListOrder.descending("date"))).isEqualTo(ListOrder.descending("date"));
        for (String bad : new String[] {"nik", "name desc", "a.fullName", "name;drop table x", "--name", "Name"}) {
            assertThatThrownBy(() -> ListOrder.parse(bad, keys, null)).as(bad).isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).getField()).isEqualTo("sort");
        }
    }
}
