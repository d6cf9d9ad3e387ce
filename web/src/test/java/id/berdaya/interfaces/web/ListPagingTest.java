package id.berdaya.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListPagingTest {

    private static final String PHONE = "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/126.0 Mobile Safari/537.36";
    private static final String DESKTOP = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

    @Test
    void aPhoneOrASlowOrMeteredLinkGetsTenRowsADeskTwenty() {
        assertThat(ListPaging.rowsFor(null, null, null, DESKTOP)).isEqualTo(20);
        assertThat(ListPaging.rowsFor(null, null, null, null)).isEqualTo(20);
        assertThat(ListPaging.rowsFor(null, "4g", "?0", DESKTOP)).isEqualTo(20);
        assertThat(ListPaging.rowsFor(null, null, null, PHONE)).isEqualTo(10);
        assertThat(ListPaging.rowsFor(null, null, "?1", DESKTOP)).isEqualTo(10);
        assertThat(ListPaging.rowsFor("on", null, null, DESKTOP)).isEqualTo(10);
        assertThat(ListPaging.rowsFor(null, "3g", null, DESKTOP)).isEqualTo(10);
        assertThat(ListPaging.rowsFor(null, "slow-2g", null, DESKTOP)).isEqualTo(10);
    }
}
