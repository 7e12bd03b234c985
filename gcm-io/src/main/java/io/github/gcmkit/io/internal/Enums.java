package io.github.gcmkit.io.internal;

import com.google.common.collect.ImmutableMap;
import io.github.gcmkit.model.GcmObjective;
import io.github.gcmkit.model.GuidingPrinciple;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The lower-kebab-case names of enum constants in the format ({@code EVERY_UNCT_ENTITY} is {@code every-unct-entity}). */
public final class Enums {

  /** The codes of each enum's constants, by ordinal. */
  private static final ClassValue<String[]> CODES =
      new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
          return Arrays.stream(type.getEnumConstants())
              .map(c -> codeOf((Enum<?>) c))
              .toArray(String[]::new);
        }
      };

  /** Each enum's constants by code. */
  private static final ClassValue<ImmutableMap<String, Object>> BY_CODE =
      new ClassValue<>() {
        @Override
        protected ImmutableMap<String, Object> computeValue(Class<?> type) {
          ImmutableMap.Builder<String, Object> byCode = ImmutableMap.builder();
          for (Object constant : type.getEnumConstants()) {
            byCode.put(code((Enum<?>) constant), constant);
          }
          return byCode.buildOrThrow();
        }
      };

  private Enums() {}

  /** The format's name of {@code constant}. */
  public static String code(Enum<?> constant) {
    return CODES.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  private static String codeOf(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The constant of {@code type} whose format name is {@code code}, or {@code null}. A GCM
   * objective may also be written by its number and a guiding principle by its sub-paragraph of
   * paragraph 15 ({@link GcmObjective#ofCitation}, {@link GuidingPrinciple#ofCitation}).
   */
  public static <E extends Enum<E>> @Nullable E parse(Class<E> type, String code) {
    Object constant = BY_CODE.get(type).get(code);
    if (constant == null && type == GcmObjective.class) {
      constant = GcmObjective.ofCitation(code).orElse(null);
    } else if (constant == null && type == GuidingPrinciple.class) {
      constant = GuidingPrinciple.ofCitation(code).orElse(null);
    }
    return type.cast(constant);
  }

  /**
   * The key, in the bundle of reading problems, of an unknown value of {@code type}: {@code
   * unknown-value}, or {@code unknown-value.objective} and {@code unknown-value.principle} for the
   * two that also take a number or a paragraph.
   */
  static String unknownKey(Class<?> type) {
    return type == GcmObjective.class ? "unknown-value.objective"
        : type == GuidingPrinciple.class ? "unknown-value.principle" : "unknown-value";
  }

  /** The format names of every constant of {@code type}, comma-separated. */
  public static String codes(Class<?> type) {
    return Arrays.stream(CODES.get(type)).collect(Collectors.joining(", "));
  }

  /** The format names of every constant of {@code type}, in order. */
  public static List<String> codeList(Class<?> type) {
    return Arrays.asList(CODES.get(type));
  }
}
