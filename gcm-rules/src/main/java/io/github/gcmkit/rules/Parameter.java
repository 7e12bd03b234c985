package io.github.gcmkit.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Suppliers;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Message;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A parameter a {@link Rule} declares where a number or a name is a matter of policy: the longest
 * allowed interval between meetings, the entity that coordinates the network. A {@link Profile}
 * sets its value; otherwise the default applies. A check reads the value with {@link
 * RuleContext#parameter(Parameter)}.
 *
 * <pre>{@code
 * static final Parameter<Integer> MAX_MONTHS = Parameter.integer(
 *     "maxIntervalMonths", 3, 1, LocalizedText.en("The longest interval between meetings, in months."));
 * }</pre>
 *
 * <p>A description given as a {@link Message} (a bundle's) is worded in both languages only when
 * first read.
 *
 * @param <T> the type of the value: {@link Integer}, {@link String} or {@link EntityId}
 */
public final class Parameter<T> {

  /** The kinds of value a parameter takes. */
  public enum Kind {
    /** A whole number, at least the parameter's {@link #minimum()}. */
    INTEGER,
    /** Free text. */
    TEXT,
    /** The code or alias of an organisation in the entity catalogue ({@code IOM}, {@code OIM}). */
    ENTITY
  }

  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

  private final String name;
  private final Kind kind;
  private final T defaultValue;
  private final Optional<Integer> minimum;
  private final Supplier<LocalizedText> description;
  private final Function<Object, T> converter;

  private Parameter(
      String name,
      Kind kind,
      T defaultValue,
      Optional<Integer> minimum,
      Supplier<LocalizedText> description,
      Function<Object, T> converter) {
    checkArgument(
        NAME.matcher(name).matches(),
        "name: '%s' is not a parameter name (lowerCamelCase letters and digits)",
        name);
    this.name = name;
    this.kind = kind;
    this.minimum = minimum;
    this.description = description;
    this.converter = converter;
    this.defaultValue = converter.apply(defaultValue);
  }

  /**
   * A whole-number parameter of at least {@code minimum}.
   *
   * @throws IllegalArgumentException if the name is not lowerCamelCase or the default is below the
   *     minimum
   */
  public static Parameter<Integer> integer(
      String name, int defaultValue, int minimum, LocalizedText description) {
    return integer(name, defaultValue, minimum, Suppliers.ofInstance(description));
  }

  /**
   * A whole-number parameter of at least {@code minimum}, its description worded when first read.
   *
   * @throws IllegalArgumentException if the name is not lowerCamelCase or the default is below the
   *     minimum
   */
  public static Parameter<Integer> integer(String name, int defaultValue, int minimum, Message description) {
    return integer(name, defaultValue, minimum, Suppliers.memoize(description::toLocalizedText));
  }

  private static Parameter<Integer> integer(
      String name, int defaultValue, int minimum, Supplier<LocalizedText> description) {
    return new Parameter<>(
        name,
        Kind.INTEGER,
        defaultValue,
        Optional.of(minimum),
        description,
        value -> toInteger(value, minimum));
  }

  /** A free-text parameter. */
  public static Parameter<String> text(String name, String defaultValue, LocalizedText description) {
    return new Parameter<>(
        name, Kind.TEXT, defaultValue, Optional.empty(), Suppliers.ofInstance(description), Parameter::toText);
  }

  /** A free-text parameter, its description worded when first read. */
  public static Parameter<String> text(String name, String defaultValue, Message description) {
    return new Parameter<>(
        name, Kind.TEXT, defaultValue, Optional.empty(), Suppliers.memoize(description::toLocalizedText),
        Parameter::toText);
  }

  /** A parameter naming an organisation by its code or alias, such as {@code IOM}. */
  public static Parameter<EntityId> entity(
      String name, EntityId defaultValue, LocalizedText description) {
    return new Parameter<>(
        name, Kind.ENTITY, defaultValue, Optional.empty(), Suppliers.ofInstance(description), Parameter::toEntity);
  }

  /** A parameter naming an organisation, its description worded when first read. */
  public static Parameter<EntityId> entity(String name, EntityId defaultValue, Message description) {
    return new Parameter<>(
        name, Kind.ENTITY, defaultValue, Optional.empty(), Suppliers.memoize(description::toLocalizedText),
        Parameter::toEntity);
  }

  /** The parameter's name, unique among the parameters of its rule ({@code maxIntervalMonths}). */
  public String name() {
    return name;
  }

  /** The kind of value it takes. */
  public Kind kind() {
    return kind;
  }

  /** The value used when a profile does not set one. */
  public T defaultValue() {
    return defaultValue;
  }

  /** The smallest value allowed, for an {@link Kind#INTEGER} parameter. */
  public Optional<Integer> minimum() {
    return minimum;
  }

  /** What the parameter means. */
  public LocalizedText description() {
    return description.get();
  }

  /**
   * The value {@code value} stands for: a value of the parameter's type, or its text form ({@code
   * "3"}, {@code "IOM"}) as a profile file gives it.
   *
   * @throws IllegalArgumentException if the value is of another type, does not parse, or is out of
   *     range; the message says which and why
   */
  T convert(Object value) {
    return converter.apply(value);
  }

  private static Integer toInteger(Object value, int minimum) {
    int number;
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      number = toInt(new BigDecimal(value.toString()), value);
    } else if (value instanceof Number || value instanceof String) {
      BigDecimal decimal;
      try {
        decimal = new BigDecimal(value.toString().strip());
      } catch (NumberFormatException e) {
        throw new Refusal("parameter.not-whole-number", value);
      }
      number = toInt(decimal, value);
    } else {
      throw new Refusal("parameter.kind-not-whole-number", value, describe(value));
    }
    if (number < minimum) {
      throw new Refusal("parameter.below-minimum", number, minimum);
    }
    return number;
  }

  private static int toInt(BigDecimal decimal, Object original) {
    if (decimal.stripTrailingZeros().scale() > 0) {
      throw new Refusal("parameter.not-whole-number", original);
    }
    try {
      return decimal.intValueExact();
    } catch (ArithmeticException e) {
      throw new Refusal("parameter.out-of-range", original);
    }
  }

  private static String toText(Object value) {
    if (!(value instanceof String text)) {
      throw new Refusal("parameter.kind-not-text", value, describe(value));
    }
    if (text.isBlank()) {
      throw new Refusal("parameter.text-blank");
    }
    return text;
  }

  private static EntityId toEntity(Object value) {
    if (value instanceof EntityId id) {
      return id;
    }
    if (!(value instanceof String code)) {
      throw new Refusal("parameter.kind-not-entity", value, describe(value));
    }
    return EntityId.of(code.strip());
  }

  /** What kind of value {@code value} is, in words: "a number", "a boolean", "a list". */
  private static Message describe(Object value) {
    if (value instanceof Number) {
      return Engine.MESSAGES.message("parameter.kind.number");
    }
    if (value instanceof Boolean) {
      return Engine.MESSAGES.message("parameter.kind.boolean");
    }
    if (value instanceof Iterable) {
      return Engine.MESSAGES.message("parameter.kind.list");
    }
    return Engine.MESSAGES.message("parameter.kind.other", value.getClass().getSimpleName());
  }

  /**
   * A value a parameter cannot take, the reason worded in English and French by the rules engine's
   * bundle ({@link #reason()}); its message is the English.
   */
  static final class Refusal extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Message reason;

    Refusal(String key, Object... args) {
      this(Engine.MESSAGES.message(key, args));
    }

    private Refusal(Message reason) {
      super(reason.text(LocalizedText.ENGLISH));
      this.reason = reason;
    }

    /** Why the value is refused, in English and French. */
    Message reason() {
      return reason;
    }
  }

  @Override
  public String toString() {
    return name + " (" + kind.name().toLowerCase(Locale.ROOT) + ", default " + defaultValue + ")";
  }
}
