package io.github.gcmkit.model;

import com.google.common.base.Strings;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

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

  /** Checks that {@code ok} holds, else throws an {@link InvariantViolation} of {@code field}. */
  public static void check(boolean ok, String field, String problem) {
    if (!ok) {
      throw new InvariantViolation(List.of(field), problem);
    }
  }

  /**
   * Checks that {@code ok} holds, else throws an {@link InvariantViolation} of {@code field} whose
   * problem is {@code template} with its {@code %s} replaced by {@code arg}.
   */
  public static void check(boolean ok, String field, String template, @Nullable Object arg) {
    if (!ok) {
      throw violation(List.of(field), template, arg);
    }
  }

  /** As {@link #check(boolean, String, String, Object)}, with two arguments. */
  public static void check(
      boolean ok, String field, String template, @Nullable Object arg1, @Nullable Object arg2) {
    if (!ok) {
      throw violation(List.of(field), template, arg1, arg2);
    }
  }

  /**
   * The violation of the field reached by {@code field}'s steps (attribute names and item
   * positions), whose problem is {@code template} with each {@code %s} replaced by the next of
   * {@code args}.
   */
  public static InvariantViolation violation(
      List<String> field, String template, @Nullable Object... args) {
    return new InvariantViolation(field, Strings.lenientFormat(template, args));
  }

  /** Checks that {@code id} is not blank and has no surrounding spaces. */
  public static void checkId(String field, String id) {
    check(!id.isBlank(), field, "the id is blank");
    check(id.strip().equals(id), field, "the id '%s' has leading or trailing spaces", id);
  }

  /** Checks that no two of {@code items} share an id. */
  public static <T> void checkUniqueIds(
      String field, Collection<? extends T> items, Function<? super T, String> id) {
    Set<String> seen = new HashSet<>();
    int index = 0;
    for (T item : items) {
      String key = id.apply(item);
      if (!seen.add(key)) {
        throw violation(List.of(field, Integer.toString(index), "id"), "'%s' is used twice", key);
      }
      index++;
    }
  }

  /** Checks that {@code code} is an ISO 3166-1 alpha-2 country code in upper case. */
  public static void checkCountry(String field, String code) {
    check(
        COUNTRY.matcher(code).matches(),
        field,
        "'%s' is not an ISO 3166-1 alpha-2 country code (two upper-case letters)",
        code);
  }

  /** Checks that {@code tag} is a BCP 47 language tag in its canonical lower-case form. */
  public static void checkLanguage(String field, String tag) {
    String canonical;
    try {
      canonical = LocalizedText.normalizeTag(tag);
    } catch (IllegalArgumentException e) {
      throw new InvariantViolation(List.of(field), String.valueOf(e.getMessage()), e);
    }
    check(canonical.equals(tag), field, "'%s' is not in canonical form, write '%s'", tag, canonical);
  }

  /** Checks that {@code number} is at least 1. */
  public static void checkPositive(String field, int number) {
    check(number >= 1, field, "%s is not a positive number", number);
  }
}
