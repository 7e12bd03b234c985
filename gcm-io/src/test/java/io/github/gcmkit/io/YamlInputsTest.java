package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** YAML's own constructs (aliases, tags, directives, several documents) never escape as anything but problems. */
class YamlInputsTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "gcmFormat: '1.0'\nkind: *missing\n",
    "gcmFormat: '1.0'\nkind: !!binary aGVsbG8=\n",
    "a: &x [1, *x]\n",
    "%YAML 9.9\n---\ngcmFormat: '1.0'\n",
    "gcmFormat: '1.0'\n\tkind: charter\n",
    "gcmFormat: '1.0'\nkind: charter\n---\ngcmFormat: '1.0'\nkind: charter\n",
    "gcmFormat: '1.0'\nkind: charter\ntitle: [unclosed\n",
    "? [complex, key]\n: value\n",
    "gcmFormat: '1.0'\nkind: charter\ngcmFormat: '1.0'\n",
    "- just\n- a list\n",
    "",
    "~\n",
  })
  void oddYamlIsAProblem(String yaml) {
    GcmFormatException e = catchThrowableOfType(GcmFormatException.class,
        () -> GcmYaml.defaults().read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
    assertThat(e).isNotNull();
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
  }
}
