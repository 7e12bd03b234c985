package io.github.gcmkit.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The structural checks that the model's value types run when they are built.
 *
 * <p>Each failure is an {@link InvariantViolation} that names the offending field as data ({@code
 * ["workstreams", "1", "id"]}) beside what is wrong with it, and whose message starts with the field
 * ({@code "workstreams[1].id: '1.1' is used twice"}). Public only so that every package of the model
 * shares one wording; applications have no need to call it.
 */
public final class Invariants {

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  private Invariants() {}

  /**
   * Checks that {@code ok} holds, else throws an {@link InvariantViolation} of {@code field} whose
   * problem is the message {@code key} of the model's bundle of invariants ({@code
   * io/github/gcmkit/model/invariants.properties}), its placeholders filled with {@code args}.
   */
  public static void check(boolean ok, String field, String key, Object... args) {
    if (!ok) {
      throw violation(List.of(field), key, args);
    }
  }

  /**
   * The violation of the field reached by {@code field}'s steps (attribute names and item
   * positions), whose problem is the message {@code key} of the model's bundle of invariants, its
   * placeholders filled with {@code args}.
   */
  public static InvariantViolation violation(List<String> field, String key, Object... args) {
    return InvariantViolation.keyed(field, key, null, args);
  }

  /** As {@link #violation(List, String, Object...)}, found because of {@code cause}. */
  static InvariantViolation violation(List<String> field, String key, Throwable cause, Object... args) {
    return InvariantViolation.keyed(field, key, cause, args);
  }

  /** Checks that {@code id} is not blank and has no surrounding spaces. */
  public static void checkId(String field, String id) {
    check(!id.isBlank(), field, "invariant.id-blank");
    check(id.strip().equals(id), field, "invariant.id-spaces", id);
  }

  /** Checks that no two of {@code items} share an id. */
  public static <T> void checkUniqueIds(
      String field, Collection<? extends T> items, Function<? super T, String> id) {
    Set<String> seen = new HashSet<>();
    int index = 0;
    for (T item : items) {
      String key = id.apply(item);
      if (!seen.add(key)) {
        throw violation(List.of(field, Integer.toString(index), "id"), "invariant.id-twice", key);
      }
      index++;
    }
  }

  /** Checks that {@code code} is an ISO 3166-1 alpha-2 country code in upper case. */
  public static void checkCountry(String field, String code) {
    check(COUNTRY.matcher(code).matches(), field, "invariant.not-country", code);
  }

  /** Checks that {@code tag} is a BCP 47 language tag in its canonical lower-case form. */
  public static void checkLanguage(String field, String tag) {
    check(!tag.isBlank(), field, "invariant.language-blank");
    String canonical;
    try {
      canonical = LocalizedText.normalizeTag(tag);
    } catch (IllegalArgumentException e) {
      throw violation(List.of(field), "invariant.not-language-tag", e, tag);
    }
    check(canonical.equals(tag), field, "invariant.language-not-canonical", tag, canonical);
  }

  /** Checks that {@code number} is at least 1. */
  public static void checkPositive(String field, int number) {
    check(number >= 1, field, "invariant.not-positive", number);
  }
}
