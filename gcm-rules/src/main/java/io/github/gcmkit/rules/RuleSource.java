package io.github.gcmkit.rules;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.gcmkit.model.GcmStyle;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A passage a {@link Rule} rests on: the document, where in it ({@code para. 45(a)}, {@code §
 * Secrétariat}), a short quote in the document's own language, and where it can be read.
 *
 * <pre>{@code
 * RuleSource gcm = RuleSource.builder()
 *     .document("Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195)")
 *     .locator("para. 45(a)")
 *     .quote("IOM will serve as the coordinator and secretariat of the network")
 *     .language("en")
 *     .build();
 * }</pre>
 *
 * <p>A quote is the document's words, never a translation: a French Terms of Reference is quoted
 * in French ({@link #language()} {@code fr}).
 */
@Value.Immutable
@GcmStyle
public abstract class RuleSource implements WithRuleSource {

  RuleSource() {}

  /** The document's title, as it names itself or as the UN cites it. */
  public abstract String document();

  /** Where in the document: a paragraph ({@code para. 45(a)}), a section ({@code § Bilan annuel}). */
  public abstract Optional<String> locator();

  /** A short passage, word for word in the document's language. */
  public abstract Optional<String> quote();

  /** The language of the document and its quote, as a BCP 47 tag; {@code en} unless set. */
  @Value.Default
  public String language() {
    return "en";
  }

  /** Where the document can be read. */
  public abstract Optional<URI> url();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The source {@code document}, with no locator, quote or URL. */
  public static RuleSource of(String document) {
    return builder().document(document).build();
  }

  @Value.Check
  protected void check() {
    checkArgument(!document().isBlank(), "document: must not be blank");
    locator().ifPresent(l -> checkArgument(!l.isBlank(), "locator: must not be blank"));
    quote().ifPresent(q -> checkArgument(!q.isBlank(), "quote: must not be blank"));
    checkArgument(
        language().matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"),
        "language: '%s' is not a BCP 47 language tag such as 'en' or 'fr'",
        language());
    url().ifPresent(u -> checkArgument(u.isAbsolute(), "url: '%s' is not an absolute URL", u));
  }

  /** Builds {@link RuleSource} values; a document is required. */
  public static class Builder extends ImmutableRuleSource.Builder {}
}
