package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.io.GcmOptions;
import org.junit.jupiter.api.Test;

/** The largest document {@code gcm check} reads when {@code --max-document-size} is not given. */
class CheckDocumentSizeTest {

  private static final long MIB = 1024L * 1024;

  @Test
  void inTheMemoryBudgetsHeapTheLimitIsTheLibrarys() {
    assertThat(CheckCommand.defaultDocumentSize(256 * MIB)).isEqualTo(GcmOptions.DEFAULT_MAX_DOCUMENT_LENGTH);
    assertThat(CheckCommand.defaultDocumentSize(64 * MIB)).isEqualTo(GcmOptions.DEFAULT_MAX_DOCUMENT_LENGTH);
  }

  @Test
  void aLargerHeapReadsDocumentsOfAQuarterOfIt() {
    assertThat(CheckCommand.defaultDocumentSize(1024 * MIB)).isEqualTo(256 * MIB);
    assertThat(CheckCommand.defaultDocumentSize(6144 * MIB)).isEqualTo(1536 * MIB);
  }
}
