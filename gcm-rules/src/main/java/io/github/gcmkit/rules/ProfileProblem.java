package io.github.gcmkit.rules;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.GcmStyle;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.LocalizedText;
import org.immutables.value.Value;

/**
 * One way a {@link Profile} does not fit the {@link RuleCatalog} it is checked against, as data: the
 * setting concerned, as a JSON Pointer into the profile's document form ({@code /include/2}, {@code
 * /severities/charter.mission.required}, {@code /parameters/charter.meetings.frequency/maxIntervalMonths}),
 * which {@link Part part} of it is wrong, and the message's key and arguments. A reader of profile
 * files locates the problem in the file from the pointer and part; {@link #message()} words it in
 * English and French.
 *
 * <p>Selector indices count the profile's own {@link Profile#includes()} and {@link
 * Profile#excludes()}, which begin with those of the profile it {@link Profile#extended() extends}.
 * An immutable value, of the same Immutables style as the model.
 */
@Value.Immutable(builder = false, copy = false)
@GcmStyle
public abstract class ProfileProblem {

  ProfileProblem() {}

  /**
   * The problem {@code key} with {@code arguments} about the setting at {@code pointer}.
   *
   * @param pointer the setting concerned, in the profile's document form
   * @param part which part of that setting is wrong
   * @param key the key of the message in the rules engine's bundle
   * @param arguments the message's arguments: texts, numbers or {@link LocalizedText}s
   */
  public static ProfileProblem of(JsonPointer pointer, Part part, String key, Iterable<?> arguments) {
    return ImmutableProfileProblem.of(pointer, part, key, arguments);
  }

  /** The setting concerned, in the profile's document form. */
  @Value.Parameter
  public abstract JsonPointer pointer();

  /** Which part of that setting is wrong. */
  @Value.Parameter
  public abstract Part part();

  /** The key of the message in the rules engine's bundle. */
  @Value.Parameter
  public abstract String key();

  /** The message's arguments: texts, numbers or {@link LocalizedText}s. */
  @Value.Parameter
  public abstract ImmutableList<Object> arguments();

  /** The part of a setting a problem concerns. */
  public enum Part {
    /** A selector of {@code include} or {@code exclude}. */
    SELECTOR,
    /** The rule id a severity or the parameters are set for. */
    RULE,
    /** The name of a parameter. */
    PARAMETER,
    /** The value given to a parameter. */
    VALUE
  }

  /** What is wrong, in English and French. */
  public LocalizedText message() {
    return Engine.MESSAGES.text(key(), arguments().toArray());
  }

  /** The problem in English, after its pointer: {@code /include/0: include 'x' matches no rule}. */
  @Override
  public String toString() {
    return (pointer().isRoot() ? "/" : pointer().toString()) + ": " + message().text(LocalizedText.ENGLISH);
  }
}
