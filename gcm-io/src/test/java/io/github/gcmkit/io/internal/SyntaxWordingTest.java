package io.github.gcmkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gcmkit.io.FormatProblem;
import io.github.gcmkit.io.GcmFormatException;
import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.io.GcmYaml;
import io.github.gcmkit.model.network.Network;
import org.junit.jupiter.api.Test;

/** The common syntax errors of JSON and YAML in plain words, the parser's own kept as detail. */
class SyntaxWordingTest {

  private static FormatProblem json(String text) {
    return catchThrowableOfType(GcmFormatException.class, () -> GcmJson.defaults().read(text, Network.class))
        .problems().get(0);
  }

  private static FormatProblem yaml(String text) {
    return catchThrowableOfType(GcmFormatException.class, () -> GcmYaml.defaults().read(text, Network.class))
        .problems().get(0);
  }

  @Test
  void jsonErrorsAreWordedPlainly() {
    assertThat(json("{\"gcmFormat\": \"1.0\",}").message())
        .startsWith("malformed document: unexpected character '}' where a field name in double quotes was expected:")
        .contains("(the parser says: Unexpected character ('}' (code 125))");
    assertThat(json("{\"gcmFormat\" \"1.0\"}").message())
        .contains("a colon was expected after the field name");
    assertThat(json("{\"gcmFormat\": tru}").message()).contains("unexpected word 'tru'");
    assertThat(json("{\"gcmFormat\": [1, 2").message()).contains("a ']' is missing");
    assertThat(json("{\"gcmFormat\": \"1.0\"").message()).contains("a '}' is missing");
    assertThat(json("{\"gcmFormat\": \"1.0").message()).contains("a string is not closed");
  }

  @Test
  void yamlErrorsAreWordedPlainlyWhereTheParserMarkedThem() {
    FormatProblem colon = yaml("gcmFormat: '1.0'\nkind: network\nid: a: b\n");
    assertThat(colon.message()).contains("a colon followed by a space inside a value without quotes")
        .contains("the parser says: mapping values are not allowed here");
    assertThat(colon.line()).isEqualTo(3);
    assertThat(colon.column()).isEqualTo(6);

    FormatProblem tab = yaml("gcmFormat: '1.0'\nkind: network\nname:\n\ten: x\n");
    assertThat(tab.message()).contains("a tab: YAML indents with spaces only");
    assertThat(tab.line()).isEqualTo(4);
    assertThat(tab.column()).isEqualTo(1);

    FormatProblem quote = yaml("gcmFormat: '1.0'\nkind: 'network\n");
    assertThat(quote.message()).contains("a string is not closed");
    assertThat(quote.line()).isEqualTo(2);
    assertThat(quote.column()).isEqualTo(7);

    assertThat(yaml("gcmFormat: '1.0'\nmembers: [a, b\n").message()).contains("a '[' is not closed");
    assertThat(yaml("gcmFormat: '1.0'\nname: {en: x\n").message()).contains("a '{' is not closed");
    FormatProblem indent = yaml("gcmFormat: '1.0'\nname:\n  en: x\n fr: y\n");
    assertThat(indent.message()).contains("bad indentation");
    assertThat(indent.line()).isEqualTo(4);
  }

  @Test
  void theWordingExistsInFrench() {
    assertThat(SyntaxWording.of("mapping values are not allowed here\n in reader, line 3, column 6:\n    id: a: b\n         ^\n",
        "mapping values are not allowed here")
        .orElseThrow().text("fr"))
        .isEqualTo("deux-points suivis d’une espace dans une valeur sans guillemets : mettez la valeur entre"
            + " guillemets (l’analyseur indique : mapping values are not allowed here)");
  }

  @Test
  void aReadingProblemCarriesTheWordingInBothLanguagesAndItsKey() {
    FormatProblem colon = yaml("gcmFormat: '1.0'\nkind: network\nid: a: b\n");
    assertThat(colon.key()).contains("syntax.colon-in-plain-value");
    assertThat(colon.message("fr")).startsWith("document mal formé : deux-points suivis d’une espace")
        .contains("(l’analyseur indique : mapping values are not allowed here");
    FormatProblem json = json("{\"gcmFormat\": tru}");
    assertThat(json.key()).contains("syntax.unexpected-word");
    assertThat(json.message("fr")).startsWith("document mal formé : mot inattendu 'tru'");
  }

  @Test
  void otherMessagesAreLeftToTheParser() {
    assertThat(SyntaxWording.of("something else entirely", "something else entirely")).isEmpty();
  }
}
