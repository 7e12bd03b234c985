package io.github.gcmkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The structural checks that the model's value types run when they are built.
 *
 * <p>Each failure is an {@link IllegalArgumentException} whose message starts with the name of the
 * offending field ({@code "workstreams[1].id: '1.1' is used twice"}), so that a reader of the
 * message can find the field. Public only so that every package of the model shares one wording;
 * applications have no need to call it.
 */
public final class Invariants {

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  private Invariants() {}

  /** Checks that {@code id} is not blank and has no surrounding spaces. */
  public static void checkId(String field, String id) {
    checkArgument(!id.isBlank(), "%s: the id is blank", field);
    checkArgument(id.strip().equals(id), "%s: the id '%s' has leading or trailing spaces", field, id);
  }

  /** Checks that no two of {@code items} share an id. */
  public static <T> void checkUniqueIds(
      String field, Collection<? extends T> items, Function<? super T, String> id) {
    Set<String> seen = new HashSet<>();
    int index = 0;
    for (T item : items) {
      String key = id.apply(item);
      checkArgument(seen.add(key), "%s[%s].id: '%s' is used twice", field, index, key);
      index++;
    }
  }

  /** Checks that {@code code} is an ISO 3166-1 alpha-2 country code in upper case. */
  public static void checkCountry(String field, String code) {
    checkArgument(
        COUNTRY.matcher(code).matches(),
        "%s: '%s' is not an ISO 3166-1 alpha-2 country code (two upper-case letters)",
        field,
        code);
  }

  /** Checks that {@code tag} is a BCP 47 language tag in its canonical lower-case form. */
  public static void checkLanguage(String field, String tag) {
    String canonical;
    try {
      canonical = LocalizedText.normalizeTag(tag);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
    }
    checkArgument(
        canonical.equals(tag), "%s: '%s' is not in canonical form, write '%s'", field, tag, canonical);
  }

  /** Checks that {@code number} is at least 1. */
  public static void checkPositive(String field, int number) {
    checkArgument(number >= 1, "%s: %s is not a positive number", field, number);
  }
}
