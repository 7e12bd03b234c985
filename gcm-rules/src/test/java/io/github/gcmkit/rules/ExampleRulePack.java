package io.github.gcmkit.rules;

import io.github.gcmkit.model.LocalizedText;
import java.util.List;

/** A rule pack of one custom rule, registered in META-INF/services for the tests. */
public final class ExampleRulePack implements RulePack {

  /** A charter has a title. */
  static final Rule TITLED =
      Rule.of(
          "acme.charter.title",
          "The charter has a title",
          "Our knowledge platform lists charters by title.",
          Severity.WARNING,
          Target.CHARTER,
          (charter, context) -> {
            if (charter.title().isEmpty()) {
              context.fail("/title", LocalizedText.en("The charter has no title."));
            }
          });

  @Override
  public Iterable<Rule> rules() {
    return List.of(TITLED);
  }
}
