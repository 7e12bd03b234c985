package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmkit.model.EntityCatalog;
import org.junit.jupiter.api.Test;

/** The options of reading and writing: defaults, copies, and limits that cannot hold. */
class GcmOptionsTest {

  @Test
  void theDefaultsAreStrictPrettyAndBounded() {
    GcmOptions options = GcmOptions.defaults();
    assertThat(options.lenient()).isFalse();
    assertThat(options.prettyPrint()).isTrue();
    assertThat(options.maxNestingDepth()).isEqualTo(GcmOptions.DEFAULT_MAX_NESTING_DEPTH);
    assertThat(options.maxStringLength()).isEqualTo(GcmOptions.DEFAULT_MAX_STRING_LENGTH);
    assertThat(options.maxDocumentLength()).isEqualTo(GcmOptions.DEFAULT_MAX_DOCUMENT_LENGTH);
    assertThat(options.maxValues()).isEqualTo(GcmOptions.DEFAULT_MAX_VALUES);
    assertThat(options.entityCatalog()).isEqualTo(EntityCatalog.defaults());
    assertThat(GcmOptions.defaults()).isSameAs(options);
  }

  @Test
  void aCopyChangesOneOptionAndIsAValue() {
    GcmOptions lenient = GcmOptions.defaults().withLenient(true).withMaxDocumentLength(5L << 30);
    assertThat(lenient.lenient()).isTrue();
    assertThat(lenient.maxDocumentLength()).isEqualTo(5L << 30);
    assertThat(lenient.maxValues()).isEqualTo(GcmOptions.DEFAULT_MAX_VALUES);
    assertThat(lenient).isEqualTo(GcmOptions.defaults().withMaxDocumentLength(5L << 30).withLenient(true))
        .hasSameHashCodeAs(GcmOptions.defaults().withMaxDocumentLength(5L << 30).withLenient(true))
        .isNotEqualTo(GcmOptions.defaults());
    assertThat(lenient.withLenient(false).withMaxDocumentLength(GcmOptions.DEFAULT_MAX_DOCUMENT_LENGTH))
        .isEqualTo(GcmOptions.defaults());
  }

  @Test
  void limitsThatCannotHoldAreRefusedByName() {
    assertThatThrownBy(() -> GcmOptions.defaults().withMaxNestingDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNestingDepth: 0 is not positive");
    assertThatThrownBy(() -> GcmOptions.defaults().withMaxNestingDepth(GcmOptions.HIGHEST_MAX_NESTING_DEPTH + 1))
        .hasMessage("maxNestingDepth: 1001 is above the highest depth that can be configured, 1000");
    assertThatThrownBy(() -> GcmOptions.defaults().withMaxStringLength(-1))
        .hasMessage("maxStringLength: -1 is not positive");
    assertThatThrownBy(() -> GcmOptions.defaults().withMaxDocumentLength(0))
        .hasMessage("maxDocumentLength: 0 is not positive");
    assertThatThrownBy(() -> GcmOptions.defaults().withMaxValues(0))
        .hasMessage("maxValues: 0 is not positive");
  }
}
