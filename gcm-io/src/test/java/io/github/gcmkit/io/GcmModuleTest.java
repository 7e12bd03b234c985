package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmkit.model.GcmObjective;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.charter.CompositionBasis;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.Workstream;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class GcmModuleTest {

  private final Workstream workstream =
      Workstream.builder()
          .id("1.1")
          .schedule(Schedule.window(YearMonth.of(2020, 11), YearMonth.of(2020, 12)))
          .addLead(StakeholderRef.entity("IOM"))
          .build();

  @Test
  void isFoundByTheServiceLoader() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.registeredModules()).anyMatch(m -> m instanceof GcmModule);

    String json = mapper.writeValueAsString(List.of(workstream));
    assertThat(json)
        .isEqualTo("[{\"id\":\"1.1\",\"schedule\":{\"type\":\"window\",\"window\":{\"from\":\"2020-11\",\"to\":\"2020-12\"}},\"leads\":[\"IOM\"]}]");
    List<Workstream> back = mapper.readValue(json, new TypeReference<List<Workstream>>() {});
    assertThat(back).containsExactly(workstream);
  }

  @Test
  void readsAliasesAndReportsEveryProblemAsAJacksonException() {
    JsonMapper mapper = JsonMapper.builder().addModule(new GcmModule()).build();
    assertThat(mapper.readValue("{\"id\": \"1.1\", \"leads\": [\"OIM\"]}", Workstream.class).leads())
        .containsExactly(StakeholderRef.entity("IOM"));
    assertThatThrownBy(() -> mapper.readValue("{\"id\": \"1.1\", \"leads\": [\"XYZ\"], \"x\": 1}", Workstream.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("/leads/0: unknown entity code 'XYZ'")
        .hasMessageContaining("/x: unknown field 'x'");
  }

  @Test
  void theCodecsMapperKnowsTheModel() {
    Workplan workplan = GcmJson.defaults().read(Documents.text("wca-workplan.json"), Workplan.class);
    JsonMapper mapper = GcmJson.defaults().mapper();
    assertThat(mapper.readValue(mapper.writeValueAsString(workplan), Workplan.class)).isEqualTo(workplan);
  }

  @Test
  void writesTheModelsEnumsInTheFormatsCodes() {
    JsonMapper mapper = JsonMapper.builder().addModule(new GcmModule()).build();
    assertThat(mapper.writeValueAsString(List.of(GcmObjective.ALTERNATIVES_TO_DETENTION, CompositionBasis.EVERY_UNCT_ENTITY)))
        .isEqualTo("[\"alternatives-to-detention\",\"every-unct-entity\"]");
    assertThat(mapper.readValue("\"every-unct-entity\"", CompositionBasis.class)).isEqualTo(CompositionBasis.EVERY_UNCT_ENTITY);
    assertThatThrownBy(() -> mapper.readValue("\"EVERY_UNCT_ENTITY\"", CompositionBasis.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("unknown value 'EVERY_UNCT_ENTITY'");
  }
}
