package io.github.gcmkit.model;

import java.util.Locale;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The canonical code of an organisation in an {@link EntityCatalog}: {@code IOM}, {@code OHCHR},
 * {@code ECOWAS}, {@code RCO}. Codes are upper-case letters and digits in parts joined by hyphens
 * ({@code UN-WOMEN}); {@link #of(String)} upper-cases what it is given.
 */
@Value.Immutable(builder = false)
public abstract class EntityId implements Comparable<EntityId> {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

  EntityId() {}

  /** The code. */
  @Value.Parameter
  public abstract String code();

  /**
   * The id with code {@code code}, in upper case.
   *
   * @throws IllegalArgumentException if the code is blank or has characters other than letters,
   *     digits and single hyphens
   */
  public static EntityId of(String code) {
    return ImmutableEntityId.of(code.toUpperCase(Locale.ROOT));
  }

  /** Whether {@code code}, upper-cased, is a well-formed code ({@link #of} accepts it). */
  public static boolean isCode(String code) {
    return CODE.matcher(code.toUpperCase(Locale.ROOT)).matches();
  }

  @Value.Check
  protected void check() {
    Invariants.check(
        CODE.matcher(code()).matches(),
        "code",
        "invariant.not-entity-code",
        code());
  }

  @Override
  public int compareTo(EntityId other) {
    return code().compareTo(other.code());
  }

  @Override
  public String toString() {
    return code();
  }
}
