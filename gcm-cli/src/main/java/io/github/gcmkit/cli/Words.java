package io.github.gcmkit.cli;

import io.github.gcmkit.model.EntityRef;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.StakeholderGroup;
import io.github.gcmkit.model.StakeholderRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Model values as short plain words in one language, for tables people read. */
final class Words {

  private final String language;

  Words(String language) {
    this.language = language;
  }

  String language() {
    return language;
  }

  /** The CLI's word {@code key} in this language, from {@link Messages}' bundle, its placeholders filled. */
  String word(String key, Object... args) {
    return Messages.text(language, key, args);
  }

  String text(LocalizedText text) {
    return text.text(language);
  }

  /** An organisation by its code (IOM), a group of stakeholders in its own words. */
  String stakeholder(StakeholderRef ref) {
    return ref instanceof EntityRef e ? e.id().code() : text(((StakeholderGroup) ref).wording());
  }

  /**
   * A code of the model in this language's words, from the bundle ({@code code.EXECUTIVE_COMMITTEE}:
   * "executive committee", "comité exécutif"); the code's own words where the bundle has none.
   */
  String coded(Enum<?> value) {
    String key = "code." + value.name();
    return Messages.has(key) ? word(key) : code(value);
  }

  String codedAll(Collection<? extends Enum<?>> values) {
    return values.stream().map(this::coded).collect(Collectors.joining(", "));
  }

  /** A code of the model as words: {@code EXECUTIVE_COMMITTEE} is "executive committee". */
  static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String codes(Collection<? extends Enum<?>> values) {
    return values.stream().map(Words::code).collect(Collectors.joining(", "));
  }

  /** {@code text} in lines of at most {@code width} characters, broken at spaces. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    new WrappedLines(text, width).forEachRemaining(lines::add);
    return lines;
  }
}
