package io.github.gcmkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;

/**
 * The five thematic areas under which the Migration Multi-Partner Trust Fund clusters the GCM's 23
 * objectives, each with the objectives it covers.
 *
 * <p><b>Provisional.</b> The names of the areas and their objectives are taken from the Fund's
 * published factsheet as recalled, not from its Operations Manual; the French titles are gcmkit's
 * own translations, not official wording. An objective may belong to more than one area (objective 7
 * is in areas 1 and 2), so use {@link #covering(GcmObjective)} rather than assuming a single area.
 */
@SuppressWarnings("ImmutableEnumChecker") // LocalizedText and Guava sets are immutable
public enum MptfThematicArea {
  /** Promoting fact-based and data-driven migration discourse, policy and planning. */
  DATA_DRIVEN_DISCOURSE(
      1,
      "Promoting fact-based and data-driven migration discourse, policy and planning",
      "Promouvoir un discours, des politiques et une planification migratoires fondés sur les faits et les données",
      1, 3, 7, 17, 23),
  /** Protecting the human rights, safety and well-being of migrants. */
  PROTECTING_MIGRANTS(
      2,
      "Protecting the human rights, safety and well-being of migrants, including through addressing"
          + " drivers and mitigating situations of vulnerability in migration",
      "Protéger les droits humains, la sécurité et le bien-être des migrants, notamment en s’attaquant"
          + " aux facteurs de migration et en atténuant les situations de vulnérabilité",
      2, 7, 8, 12, 13),
  /** Addressing irregular migration, including through managing borders and combatting crime. */
  IRREGULAR_MIGRATION(
      3,
      "Addressing irregular migration, including through managing borders and combatting"
          + " transnational crime",
      "Remédier à la migration irrégulière, notamment par la gestion des frontières et la lutte"
          + " contre la criminalité transnationale",
      4, 9, 10, 11, 21),
  /** Facilitating regular migration, decent work and the development effects of human mobility. */
  REGULAR_MIGRATION(
      4,
      "Facilitating regular migration, decent work and enhancing the positive development effects of"
          + " human mobility",
      "Faciliter la migration régulière et le travail décent, et renforcer les effets positifs de la"
          + " mobilité humaine sur le développement",
      5, 6, 18, 19, 20, 22),
  /** Improving the social inclusion and integration of migrants. */
  SOCIAL_INCLUSION(
      5,
      "Improving the social inclusion and integration of migrants",
      "Améliorer l’inclusion sociale et l’intégration des migrants",
      14, 15, 16);

  private final int number;
  private final LocalizedText title;
  private final ImmutableSortedSet<GcmObjective> objectives;

  MptfThematicArea(int number, String english, String french, int... objectives) {
    this.number = number;
    this.title = LocalizedText.en(english).withTranslation(LocalizedText.FRENCH, french);
    ImmutableSortedSet.Builder<GcmObjective> set = ImmutableSortedSet.naturalOrder();
    for (int objective : objectives) {
      set.add(GcmObjective.ofNumber(objective));
    }
    this.objectives = set.build();
  }

  /** The area's number, 1 to 5. */
  public int number() {
    return number;
  }

  /** The area's title in English, with gcmkit's French translation. */
  public LocalizedText title() {
    return title;
  }

  /** The GCM objectives this area covers (provisional mapping). */
  public ImmutableSortedSet<GcmObjective> objectives() {
    return objectives;
  }

  /**
   * The area numbered {@code number}.
   *
   * @throws IllegalArgumentException unless {@code number} is 1 to 5
   */
  public static MptfThematicArea ofNumber(int number) {
    checkArgument(
        number >= 1 && number <= 5, "MPTF thematic area number %s is out of range 1..5", number);
    return values()[number - 1];
  }

  /** The areas that cover {@code objective}: one or more. */
  public static ImmutableSortedSet<MptfThematicArea> covering(GcmObjective objective) {
    ImmutableSortedSet.Builder<MptfThematicArea> areas = ImmutableSortedSet.naturalOrder();
    for (MptfThematicArea area : values()) {
      if (area.objectives.contains(objective)) {
        areas.add(area);
      }
    }
    return areas.build();
  }

  /**
   * The area whose title, in English or French, is {@code name}. Case, accents, apostrophes and
   * spacing do not matter.
   */
  public static Optional<MptfThematicArea> find(String name) {
    return Catalogues.find(values(), name, MptfThematicArea::title);
  }
}
