package id.berdaya.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The API's JSON reading refuses what a lenient mapper would quietly turn into something else. */
class StrictJsonTest {

    record Payment(Long amount, Integer count, String receiptNo, LocalDate valueDate, Boolean flag) {
    }

    record Note(@MultiLineText String text) {
    }

    private final ObjectMapper mapper = JsonConfiguration.build();

    private Payment read(String json) throws Exception {
        return mapper.readValue(json, Payment.class);
    }

    private static void refusedAt(ThrowingRead read, String field) {
        assertThatThrownBy(read::run).isInstanceOf(JsonMappingException.class)
                .satisfies(e -> assertThat(((JsonMappingException) e).getPath().get(0).getFieldName()).isEqualTo(field));
    }

    interface ThrowingRead {
        void run() throws Exception;
    }

    @Test
    void acceptsWellFormedValues() throws Exception {
        Payment p = read("{\"amount\":150000,\"count\":3,\"receiptNo\":\"KW-1\",\"valueDate\":\"2024-02-29\",\"flag\":true}");
        assertThat(p).isEqualTo(new Payment(150_000L, 3, "KW-1", LocalDate.of(2024, 2, 29), true));
    }

    @Test
    void refusesFractionsWhereWholeNumbersAreMeant() {
        refusedAt(() -> read("{\"amount\":1.9}"), "amount");
        refusedAt(() -> read("{\"count\":2.0}"), "count");
    }

    @Test
    void refusesNumbersWrittenAsStringsAndScalarsAsText() {
        refusedAt(() -> read("{\"amount\":\"100\"}"), "amount");
        refusedAt(() -> read("{\"amount\":\"\"}"), "amount");
        refusedAt(() -> read("{\"flag\":\"true\"}"), "flag");
        refusedAt(() -> read("{\"flag\":1}"), "flag");
        refusedAt(() -> read("{\"receiptNo\":123}"), "receiptNo");
        refusedAt(() -> read("{\"receiptNo\":true}"), "receiptNo");
        refusedAt(() -> read("{\"receiptNo\":[\"a\"]}"), "receiptNo");
    }

    @Test
    void readsDatesOnlyAsRealDaysInTheFormYyyyMmDdWithinBoundedYears() {
        refusedAt(() -> read("{\"valueDate\":\"2024-01-01T10:00:00\"}"), "valueDate");
        refusedAt(() -> read("{\"valueDate\":\"2023-02-29\"}"), "valueDate");
        refusedAt(() -> read("{\"valueDate\":\"+999999999-12-31\"}"), "valueDate");
        refusedAt(() -> read("{\"valueDate\":\"-999999999-01-01\"}"), "valueDate");
        refusedAt(() -> read("{\"valueDate\":\"1899-12-31\"}"), "valueDate");
        refusedAt(() -> read("{\"valueDate\":\"٢٠٢٤-٠١-٠١\"}"), "valueDate");
        refusedAt(() -> read("{\"valueDate\":[2024,1,1]}"), "valueDate");
        refusedAt(() -> read("{\"valueDate\":19000}"), "valueDate");
    }

    @Test
    void refusesControlCharactersAndBidiOverridesInText() {
        refusedAt(() -> read("{\"receiptNo\":\"KW\\u0000-1\"}"), "receiptNo");
        refusedAt(() -> read("{\"receiptNo\":\"KW\\r\\nX-Injected: 1\"}"), "receiptNo");
        refusedAt(() -> read("{\"receiptNo\":\"Siti \\u202Eilagnab\"}"), "receiptNo");
        refusedAt(() -> read("{\"receiptNo\":\"\\u0007bell\"}"), "receiptNo");
        refusedAt(() -> read("{\"receiptNo\":\"\\ud800\"}"), "receiptNo");
    }

    @Test
    void multiLineFieldsKeepTheirLineBreaksButNotOtherControls() throws Exception {
        assertThat(mapper.readValue("{\"text\":\"one\\ntwo\\tthree\"}", Note.class).text()).isEqualTo("one\ntwo\tthree");
        refusedAt(() -> mapper.readValue("{\"text\":\"one\\u0000\"}", Note.class), "text");
    }

    @Test
    void refusesDuplicateAndUnknownFields() {
        assertThatThrownBy(() -> read("{\"amount\":1,\"amount\":2}")).isInstanceOf(Exception.class);
        refusedAt(() -> read("{\"amountt\":1}"), "amountt");
    }
}
