package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.Entity;
import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.EntityRef;
import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.GoverningBody;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.PledgeKind;
import io.github.gcmkit.model.StakeholderGroup;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.network.NetworkLevel;
import io.github.gcmkit.model.progress.ProgressStatus;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Parameter;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import io.github.gcmkit.model.Message;
import io.github.gcmkit.model.MessageBundle;

/** What the built-in rules share: their metadata and messages from the bundle, and labels. */
final class BuiltIn {

  static final MessageBundle MESSAGES = MessageBundle.load(name -> BuiltIn.class.getResourceAsStream(name), "/io/github/gcmkit/rules/builtin/messages");

  /** Months in a year, with room for the rounding of weeks into months. */
  static final double YEAR_IN_MONTHS = 12.0 + 1e-9;

  private BuiltIn() {}

  /**
   * The rule {@code id}, its title and rationale from the bundle, its sources from {@link
   * Citations}: each read when first asked for, since a check reads none of them.
   */
  static <T> Rule rule(
      String id, Severity severity, Target<T> target, Check<? super T> check, Parameter<?>... parameters) {
    Rule.Builder rule =
        Rule.builder(id)
            .citations(cited -> Citations.cite(id, cited))
            .title(MESSAGES.message(id + ".title"))
            .rationale(MESSAGES.message(id + ".rationale"))
            .severity(severity)
            .check(target, check);
    for (Parameter<?> parameter : parameters) {
      rule.parameter(parameter);
    }
    return rule.build();
  }

  /** An integer parameter of rule {@code id}, described in the bundle. */
  static Parameter<Integer> integer(String id, String name, int defaultValue, int minimum) {
    return Parameter.integer(name, defaultValue, minimum, MESSAGES.message(id + ".param." + name));
  }

  /** An entity parameter of rule {@code id}, described in the bundle. */
  static Parameter<EntityId> entity(String id, String name, String defaultCode) {
    return Parameter.entity(name, EntityId.of(defaultCode), MESSAGES.message(id + ".param." + name));
  }

  /** The message {@code key} of rule {@code id}, with its arguments, worded when a report is written. */
  static Message text(String id, String key, Object... args) {
    return MESSAGES.message(id + "." + key, args);
  }

  /** Whether {@code links} name a GCM objective or guiding principle. */
  static boolean linksToGcm(GcmLinks links) {
    return !links.objectives().isEmpty() || !links.principles().isEmpty();
  }

  /**
   * How a stakeholder is named in messages: an organisation as {@link #name(EntityId,
   * EntityCatalog)} names it, a group in its own words.
   */
  static Object name(StakeholderRef ref, EntityCatalog catalog) {
    if (ref instanceof StakeholderGroup group) {
      return group.wording();
    }
    return ref instanceof EntityRef entity ? name(entity.id(), catalog) : ref.toString();
  }

  /**
   * How an organisation is named in messages: by its code (IOM), in French by the French acronym
   * the catalogue records for it (OIM); a code the catalogue does not know, as written.
   */
  static LocalizedText name(EntityId id, EntityCatalog catalog) {
    return catalog.resolve(id.code()).map(Entity::acronym).orElseGet(() -> LocalizedText.en(id.code()));
  }

  /** A frequency's usual name in English and French. */
  static LocalizedText label(Frequency frequency) {
    return LocalizedText.en(frequency.label(LocalizedText.ENGLISH))
        .withTranslation(LocalizedText.FRENCH, frequency.label(LocalizedText.FRENCH));
  }

  /** A governing body's name in English and French ("the executive committee"). */
  static Message label(GoverningBody body) {
    return MESSAGES.message("body." + body.name());
  }

  /** A progress status's name in English and French ("on track"). */
  static Message label(ProgressStatus status) {
    return MESSAGES.message("status." + status.name());
  }

  /** A pledge kind's name in English and French ("common"). */
  static Message label(PledgeKind kind) {
    return MESSAGES.message("pledge-kind." + kind.name());
  }

  /** A network level's name in English and French ("national"). */
  static Message label(NetworkLevel level) {
    return MESSAGES.message("level." + level.name());
  }
}
