package id.berdaya.domain.wrse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactsSnapshotTest {

    @Test
    void writesEveryFactTheRulesSawIncludingTheAgeAndThePriorAidFoundInTheRecords() {
        WrseApplication application = WrseFixtures.draft();

        String json = FactsSnapshot.of(application.toFacts(2023));

        assertThat(json).startsWith("{\"nik\":\"6402054507850001\"")
                .contains("\"age\":41", "\"priorWrseAidYear\":2023", "\"currentAid\":[]",
                        "{\"name\":\"P3KE\",\"decile\":1,\"asOf\":null}", "\"priorSkillsTraining\":false}");
    }

    @Test
    void escapesQuotesAndControlCharactersInNames() {
        assertThat(FactsSnapshot.quote("Siti \"Ita\"\\\n")).isEqualTo("\"Siti \\\"Ita\\\"\\\\\\n\"");
        assertThat(List.of(FactsSnapshot.quote("\u0001"))).containsExactly("\"\\u0001\"");
    }
}
