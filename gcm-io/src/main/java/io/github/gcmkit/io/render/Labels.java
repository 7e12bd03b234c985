package io.github.gcmkit.io.render;

import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.EntityRef;
import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.MessageBundle;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.Period;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.StakeholderGroup;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.RecurringSchedule;
import io.github.gcmkit.model.ScheduleWindow;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The words of rendered documents in English and French: headings, labels and the names of coded
 * values, and the rendering of model values (texts, dates, schedules, stakeholders) in one language.
 */
final class Labels {

  /** The renderers' words in a resource bundle, the one localisation mechanism; see {@link MessageBundle}. */
  private static final MessageBundle WORDS =
      MessageBundle.load(name -> Labels.class.getResourceAsStream(name), "/io/github/gcmkit/io/render/words");

  private static final EntityCatalog ORGANISATIONS = EntityCatalog.defaults();

  private final String language;
  private final boolean french;

  Labels(String language) {
    this.language = language;
    this.french = language.startsWith(LocalizedText.FRENCH);
  }

  String language() {
    return language;
  }

  /** The colon after a label: French puts a space before it ("Fréquence :"). */
  static String colon(String language) {
    return language.startsWith(LocalizedText.FRENCH) ? "\u00a0:" : ":";
  }

  /** The word for {@code key} in this language; the key itself, spaced, if there is none. */
  String word(String key) {
    if (!WORDS.has(key)) {
      return key.replace('-', ' ');
    }
    return WORDS.message(key).text(french ? LocalizedText.FRENCH : LocalizedText.ENGLISH);
  }

  /** The word for a coded value. */
  String word(Enum<?> value) {
    return word(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  String text(LocalizedText text) {
    return text.text(language);
  }

  List<String> texts(List<LocalizedText> texts) {
    return texts.stream().map(this::text).toList();
  }

  /** An organisation by its code, in French by the French acronym the catalogue has (OIM for IOM). */
  String organisation(EntityId id) {
    return ORGANISATIONS.acronym(id).text(french ? LocalizedText.FRENCH : LocalizedText.ENGLISH);
  }

  String stakeholder(StakeholderRef ref) {
    if (ref instanceof EntityRef entity) {
      return organisation(entity.id());
    }
    return text(((StakeholderGroup) ref).wording());
  }

  String stakeholders(List<? extends StakeholderRef> refs) {
    return refs.stream().map(this::stakeholder).collect(Collectors.joining(", "));
  }

  String date(PartialDate date) {
    return date.qualifier().map(this::word).map(q -> q + " ").orElse("") + date.toIsoString();
  }

  String period(Period period) {
    return period.from().equals(period.to()) ? period.from().toString() : period.from() + " – " + period.to();
  }

  String frequency(Frequency frequency) {
    return frequency.label(french ? LocalizedText.FRENCH : LocalizedText.ENGLISH);
  }

  String schedule(Schedule schedule) {
    if (schedule instanceof ScheduleWindow window) {
      return period(window.window());
    }
    if (schedule instanceof RecurringSchedule recurring) {
      return frequency(recurring.frequency())
          + recurring.window().map(w -> " (" + word("within") + " " + period(w) + ")").orElse("");
    }
    return schedule.isSpecified() ? word("continuous") : word("unspecified");
  }
}
