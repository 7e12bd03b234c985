package io.github.gcmkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.charter.WorkingGroup;
import io.github.gcmkit.model.charter.WorkingGroupKind;
import io.github.gcmkit.model.progress.Milestone;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TypeWriterTest {

  private static final LocalizedText HELD = LocalizedText.en("Validation workshop held");

  private static TypeWriter.Field field(Class<?> type, String name) {
    return Arrays.stream(TypeWriter.of(type).fields())
        .filter(f -> f.attribute.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyAttributeOfEveryModelTypeIsWrittenUnderItsNameInCanonicalOrder() {
    for (Class<?> type : ModelTypes.all()) {
      if (!ModelType.isValueType(type) || Special.is(type)) {
        continue;
      }
      assertThat(Arrays.stream(TypeWriter.of(type).fields()).map(f -> f.name.getValue()))
          .as(type.getSimpleName())
          .containsExactlyElementsOf(ModelType.of(type).names());
    }
  }

  @Test
  void onlyAFieldTypedByAnInterfaceIsWrittenAfterLookingAtItsValue() {
    for (Class<?> type : ModelTypes.all()) {
      if (!ModelType.isValueType(type) || Special.is(type)) {
        continue;
      }
      for (TypeWriter.Field field : TypeWriter.of(type).fields()) {
        if (field.kind == TypeWriter.Kind.ANY) {
          assertThat(field.attribute.elementType().isInterface())
              .as(type.getSimpleName() + "." + field.attribute.name())
              .isTrue();
        }
      }
    }
  }

  @Test
  void aValueIsItsFieldsDefaultWhetherTheBuilderOrTheAuthorGaveIt() {
    TypeWriter.Field reached = field(Milestone.class, "reached");
    Milestone unsaid = Milestone.builder().text(HELD).build();
    Milestone notYet = Milestone.builder().text(HELD).reached(false).build();
    Milestone done = Milestone.builder().text(HELD).reached(true).build();

    assertThat(reached.omitsDefault).isTrue();
    assertThat(reached.get(unsaid)).isEqualTo(false);
    assertThat(reached.isDefault(unsaid, reached.get(unsaid))).isTrue();
    assertThat(reached.isDefault(notYet, reached.get(notYet))).isTrue();
    assertThat(reached.isDefault(done, reached.get(done))).isFalse();
  }

  @Test
  void anEnumIsWrittenByItsCodeEncodedOnce() {
    TypeWriter.Field kind = field(WorkingGroup.class, "kind");

    assertThat(kind.kind).isEqualTo(TypeWriter.Kind.ENUM);
    assertThat(kind.code(WorkingGroupKind.TASK_FORCE).getValue()).isEqualTo("task-force");
    assertThat(kind.code(WorkingGroupKind.TASK_FORCE)).isSameAs(kind.code(WorkingGroupKind.TASK_FORCE));
  }
}
