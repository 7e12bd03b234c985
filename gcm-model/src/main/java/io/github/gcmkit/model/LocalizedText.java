package io.github.gcmkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Human-readable text in one or more languages, with the language the document was written in.
 *
 * <p>Every human-readable field of the model is a {@code LocalizedText}. Languages are BCP 47 tags
 * in lower case ({@code "en"}, {@code "fr"}); the {@link #original()} language is the one the
 * source document used, and the others are translations. Texts are kept in a canonical order —
 * English, French, then other tags alphabetically — so that equal texts print identically.
 *
 * <pre>{@code
 * LocalizedText mission = LocalizedText.of("fr", "Les décisions du Réseau seront prises par consensus.")
 *     .withTranslation("en", "The Network's decisions will be taken by consensus.");
 * mission.text("en");   // the English translation
 * mission.text();       // the French original
 * }</pre>
 */
@Value.Immutable
public abstract class LocalizedText implements WithLocalizedText {

  /** English, the first language of the library. */
  public static final String ENGLISH = "en";

  /** French, the second language of the library. */
  public static final String FRENCH = "fr";

  private static final Comparator<String> LANGUAGE_ORDER =
      Comparator.comparingInt(LocalizedText::rank).thenComparing(Comparator.naturalOrder());

  LocalizedText() {}

  /** The language tag of the original text, one of the keys of {@link #texts()}. */
  public abstract String original();

  /** The texts by language tag, original and translations, in canonical order. */
  public abstract ImmutableMap<String, String> texts();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Text written in {@code language}.
   *
   * @throws IllegalArgumentException if the tag is not BCP 47 or the text is blank
   */
  public static LocalizedText of(String language, String text) {
    return builder().original(language).putText(language, text).build();
  }

  /** Text written in English. */
  public static LocalizedText en(String text) {
    return of(ENGLISH, text);
  }

  /** Text written in French. */
  public static LocalizedText fr(String text) {
    return of(FRENCH, text);
  }

  /** The text in its original language. */
  public String text() {
    return Objects.requireNonNull(texts().get(original()), "original text");
  }

  /** The text in {@code language} if there is one, else in its original language. */
  public String text(String language) {
    return get(language).orElseGet(this::text);
  }

  /** The text in the language of {@code locale} if there is one, else in its original language. */
  public String text(Locale locale) {
    return text(locale.getLanguage());
  }

  /** The text in exactly {@code language}, if present. */
  public Optional<String> get(String language) {
    return Optional.ofNullable(texts().get(normalizeTag(language)));
  }

  /** The languages this text is available in. */
  public Set<String> languages() {
    return texts().keySet();
  }

  /**
   * A copy with a translation added in {@code language}, or replacing the text already there.
   *
   * @throws IllegalArgumentException if the tag is not BCP 47 or the translation is blank
   */
  public LocalizedText withTranslation(String language, String translation) {
    String tag = normalizeTag("language", language);
    Map<String, String> texts = new LinkedHashMap<>(texts());
    texts.put(tag, translation);
    return builder().original(original()).texts(texts).build();
  }

  @Value.Check
  protected LocalizedText normalize() {
    checkArgument(!texts().isEmpty(), "texts: a localized text needs at least one language");
    if (inEnglishOrFrench()) {
      return this;
    }
    boolean canonical = true;
    String previous = null;
    Map<String, String> tagsByNormalForm = new HashMap<>();
    for (Map.Entry<String, String> entry : texts().entrySet()) {
      String tag = entry.getKey();
      String normal = normalizeTag("texts", tag);
      checkArgument(!entry.getValue().isBlank(), "texts[%s]: the text is blank", normal);
      String other = tagsByNormalForm.putIfAbsent(normal, tag);
      checkArgument(
          other == null, "texts: '%s' and '%s' are the same language '%s'", other, tag, normal);
      if (!normal.equals(tag) || (previous != null && LANGUAGE_ORDER.compare(previous, tag) >= 0)) {
        canonical = false;
      }
      previous = tag;
    }
    String originalTag = normalizeTag("original", original());
    if (canonical && originalTag.equals(original())) {
      checkArgument(
          texts().containsKey(original()),
          "original: language '%s' has no text (languages: %s)",
          original(),
          texts().keySet());
      return this;
    }
    ImmutableMap.Builder<String, String> sorted = ImmutableMap.builder();
    texts().entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparing(LocalizedText::normalizeTag, LANGUAGE_ORDER)))
        .forEach(e -> sorted.put(normalizeTag(e.getKey()), e.getValue()));
    return builder().original(originalTag).texts(sorted.buildOrThrow()).build();
  }

  /**
   * Whether this text is in English, French or both, in that order, none blank, its original one of
   * them: nearly every text, already canonical, checked without parsing its tags.
   */
  private boolean inEnglishOrFrench() {
    if (!original().equals(ENGLISH) && !original().equals(FRENCH)) {
      return false;
    }
    int rank = -1;
    boolean hasOriginal = false;
    for (Map.Entry<String, String> entry : texts().entrySet()) {
      String tag = entry.getKey();
      boolean english = tag.equals(ENGLISH);
      if (!english && !tag.equals(FRENCH)) {
        return false;
      }
      int next = english ? 0 : 1;
      if (next <= rank) {
        return false;
      }
      rank = next;
      checkArgument(!entry.getValue().isBlank(), "texts[%s]: the text is blank", tag);
      hasOriginal |= tag.equals(original());
    }
    return hasOriginal;
  }

  @Override
  public String toString() {
    return text();
  }

  /** The canonical form of a language tag; a malformed tag is an error naming {@code field}. */
  private static String normalizeTag(String field, String tag) {
    try {
      return normalizeTag(tag);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
    }
  }

  /** The canonical (lower-case, well-formed BCP 47) form of a language tag. */
  static String normalizeTag(String tag) {
    if (tag.equals(ENGLISH) || tag.equals(FRENCH)) {
      // Nearly every tag, already canonical: no locale parsed (the model's enums word their
      // constants in both when first used, and every text read in a language asks for one).
      return tag;
    }
    checkArgument(!tag.isBlank(), "language tag is blank");
    try {
      return new Locale.Builder().setLanguageTag(tag).build().toLanguageTag().toLowerCase(Locale.ROOT);
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException("'" + tag + "' is not a BCP 47 language tag", e);
    }
  }

  private static int rank(String tag) {
    if (tag.equals(ENGLISH)) {
      return 0;
    }
    return tag.equals(FRENCH) ? 1 : 2;
  }

  /** Builds {@link LocalizedText} values. */
  public static class Builder extends ImmutableLocalizedText.Builder {}
}
