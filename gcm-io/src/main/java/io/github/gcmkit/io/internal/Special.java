package io.github.gcmkit.io.internal;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.EntityRef;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.RecurringSchedule;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.ScheduleWindow;
import io.github.gcmkit.model.StakeholderGroup;
import io.github.gcmkit.model.StakeholderRef;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The types that the format writes in a form of their own rather than field by field: the one list
 * of them. The walk over the model ({@link ModelTypes}, hence {@code GcmModule}) and the JSON
 * Schema take them from here; the reader ({@code Scalars}, {@code Binder}) and the writer ({@link
 * Emitter}) give each its form, and a test over every type documents hold fails if one of them
 * treats a type as special that this list does not, or the other way round.
 */
public enum Special {
  /** Text in one or more languages: a string in the document's language, or texts by language tag. */
  LOCALIZED_TEXT("LocalizedText", ImmutableList.of(LocalizedText.class), ImmutableList.of(), null),
  /** A date known to a year, a month or a day, optionally early, mid or late: a string. */
  PARTIAL_DATE("PartialDate", ImmutableList.of(PartialDate.class), ImmutableList.of(), null),
  /** A month, {@code YYYY-MM}: a string. */
  YEAR_MONTH("YearMonth", ImmutableList.of(YearMonth.class), ImmutableList.of(), null),
  /**
   * The code or an alias of an organisation of the entity catalogue, a string: an {@code EntityId},
   * or an {@code EntityRef} where only an organisation will do (a joint programme's participating
   * organisations).
   */
  ENTITY_ID("EntityId", ImmutableList.of(EntityId.class, EntityRef.class), ImmutableList.of(), null),
  /** An organisation by its entity code (a string), or a group of stakeholders (an object). */
  STAKEHOLDER_REF(
      "StakeholderRef",
      ImmutableList.of(StakeholderRef.class),
      ImmutableList.of(StakeholderGroup.class),
      null),
  /** When work happens: an object tagged by its {@code type}, with the fields of that type. */
  SCHEDULE(
      "Schedule",
      ImmutableList.of(Schedule.class),
      ImmutableList.of(ScheduleWindow.class, RecurringSchedule.class),
      Binder.SCHEDULE_TYPE);

  private final String schemaName;
  private final ImmutableList<Class<?>> types;
  private final ImmutableList<Class<?>> alternatives;
  private final @Nullable String tag;

  Special(
      String schemaName,
      ImmutableList<Class<?>> types,
      ImmutableList<Class<?>> alternatives,
      @Nullable String tag) {
    this.schemaName = schemaName;
    this.types = types;
    this.alternatives = alternatives;
    this.tag = tag;
  }

  /** The name of the form's definition in the JSON Schema ({@code #/$defs/LocalizedText}). */
  public String schemaName() {
    return schemaName;
  }

  /** The types written in this form: an attribute of one of them holds a value of this form. */
  public ImmutableList<Class<?>> types() {
    return types;
  }

  /**
   * The value types that are written field by field as one of the form's choices (a stakeholder
   * group, a window of months): their fields are part of the format too.
   */
  public ImmutableList<Class<?>> alternatives() {
    return alternatives;
  }

  /**
   * The field that says which choice an object of this form is ({@code "type": "window"}), written
   * before the choice's own fields; empty if the form has none.
   */
  public Optional<String> tag() {
    return Optional.ofNullable(tag);
  }

  /** The form {@code type} is written in, if it is one of these types. */
  public static Optional<Special> of(Class<?> type) {
    return Arrays.stream(values()).filter(s -> s.types.contains(type)).findFirst();
  }

  /** Whether {@code type} has a form of its own in the format. */
  public static boolean is(Class<?> type) {
    return of(type).isPresent();
  }
}
