package io.github.gcmkit.io.render;

import com.google.common.collect.ImmutableMap;
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

  /** The renderers' words in resource bundles, the one localisation mechanism; see {@link MessageBundle}. */
  private static final MessageBundle BUNDLE =
      MessageBundle.load(Labels.class::getResourceAsStream, "/io/github/gcmkit/io/render/words");

  /** The words not yet moved to {@link #BUNDLE}. */
  private static final ImmutableMap<String, String[]> WORDS =
      ImmutableMap.<String, String[]>builder()
          .put("charter", new String[] {"Terms of Reference", "Termes de référence"})
          .put("adopted", new String[] {"Adopted", "Adopté"})
          .put("mission", new String[] {"Mission statement", "Énoncé de mission"})
          .put("establishedBy", new String[] {"Established by", "Établi par"})
          .put("guidedBy", new String[] {"Guided by", "Guidé par"})
          .put("alignsWith", new String[] {"Aligned with", "Aligné sur"})
          .put("objectives", new String[] {"Objectives of the network", "Objectifs du réseau"})
          .put("composition", new String[] {"Members and composition", "Membres et composition du réseau"})
          .put("basis", new String[] {"Composition", "Composition"})
          .put("members", new String[] {"Members", "Membres"})
          .put("memberDuties", new String[] {"Members' duties", "Rôle des membres"})
          .put("externalPartners", new String[] {"External partners", "Partenaires externes"})
          .put("governance", new String[] {"Governance", "Modalités d'organisation"})
          .put("coChairs", new String[] {"Co-chairs", "Coprésidents"})
          .put("holder", new String[] {"Seat", "Siège"})
          .put("post", new String[] {"Post", "Poste"})
          .put("tenure", new String[] {"Tenure", "Mandat"})
          .put("chairDuties", new String[] {"The co-chairs will", "Les coprésidents devront"})
          .put("coordinator", new String[] {"Coordinator", "Coordonnateur"})
          .put("executiveCommittee", new String[] {"Executive Committee", "Comité exécutif"})
          .put("meetings", new String[] {"Meetings", "Réunions"})
          .put("frequency", new String[] {"Frequency", "Fréquence"})
          .put("asNeeded", new String[] {"and as needed", "et selon les besoins"})
          .put("modalities", new String[] {"Modalities", "Modalités"})
          .put("venues", new String[] {"Venues", "Lieux"})
          .put("decisions", new String[] {"Decision-making", "Prises de décision"})
          .put("workingGroups", new String[] {"Working groups", "Groupes de travail"})
          .put("annualReview", new String[] {"Annual review", "Bilan annuel"})
          .put("purposes", new String[] {"Purposes", "Objet"})
          .put("outcomes", new String[] {"Outcomes", "Résultats"})
          .put("secretariat", new String[] {"Secretariat", "Secrétariat"})
          .put("support", new String[] {"Support", "Appui"})
          .put("providedBy", new String[] {"Provided by", "Assuré par"})
          .put("validatedBy", new String[] {"Validated by", "Validés par"})
          .put("drawnFrom", new String[] {"Drawn from", "Composés de"})
          .put("formedAsNeeded", new String[] {"Formed as needs arise", "Mis sur pied selon les besoins"})
          .put("chairOpenToAllMembers", new String[] {"The chair is open to all members", "La présidence est ouverte à tous les membres"})
          .put("reporting", new String[] {"Reporting", "Rapports / Livrables"})
          .put("reportsTo", new String[] {"Reports to", "Rend compte à"})
          .put("partnerMeeting", new String[] {"Meeting with external partners", "Réunion avec les partenaires externes"})
          .put("workplan", new String[] {"Workplan", "Plan de travail"})
          .put("period", new String[] {"Period", "Période"})
          .put("issued", new String[] {"Issued", "Publié"})
          .put("livingDocument", new String[] {"A living document, open to revision", "Un document évolutif, ouvert aux révisions"})
          .put("introduction", new String[] {"Introduction", "Introduction"})
          .put("workplanModalities", new String[] {"Modalities and review", "Modalités et suivi"})
          .put("meetingFrequency", new String[] {"Meetings", "Réunions"})
          .put("progressUpdates", new String[] {"Progress updates", "Points d'avancement"})
          .put("priorities", new String[] {"Priorities", "Priorités"})
          .put("core", new String[] {"Core priority", "Priorité principale"})
          .put("thematic", new String[] {"Thematic priority", "Priorité thématique"})
          .put("workstream", new String[] {"Workstream", "Axe de travail"})
          .put("outcome", new String[] {"Outcome", "Résultat"})
          .put("timeline", new String[] {"Timeline", "Calendrier"})
          .put("leads", new String[] {"Lead agencies or stakeholders", "Chefs de file"})
          .put("participants", new String[] {"Participating agencies or stakeholders", "Participants"})
          .put("activities", new String[] {"Activities", "Activités"})
          .put("crossCuttingIssues", new String[] {"Cross-cutting issues", "Questions transversales"})
          .put("pledges", new String[] {"Pledges", "Engagements"})
          .put("notes", new String[] {"Notes", "Notes"})
          .put("continuous", new String[] {"Continuous", "Continu"})
          .put("unspecified", new String[] {"Not stated", "Non précisé"})
          .put("recurring", new String[] {"Recurring", "Récurrent"})
          .put("window", new String[] {"Months stated", "Mois indiqués"})
          .put("within", new String[] {"within", "entre"})
          .put("gcmObjectives", new String[] {"GCM objectives", "Objectifs du PMM"})
          .put("guidingPrinciples", new String[] {"GCM guiding principles", "Principes directeurs du PMM"})
          .put("interpreted", new String[] {"interpreted when encoded", "interprétés lors de l’encodage"})
          // coded values
          .put("every-unct-entity", new String[] {"every entity of the UN Country Team", "tous les organismes de l'Équipe pays des Nations Unies"})
          .put("every-un-entity-in-region", new String[] {"every UN entity in the region", "tous les organismes des Nations Unies de la région"})
          .put("every-un-entity", new String[] {"every UN entity", "tous les organismes des Nations Unies"})
          .put("named-members", new String[] {"the members named", "les membres nommés"})
          .put("by-invitation", new String[] {"by invitation", "sur invitation"})
          .put("in-person", new String[] {"in person", "en présentiel"})
          .put("online", new String[] {"online", "en ligne"})
          .put("hybrid", new String[] {"hybrid", "en mode hybride"})
          .put("consensus", new String[] {"by consensus", "par consensus"})
          .put("majority", new String[] {"by majority", "à la majorité"})
          .put("validation", new String[] {"by validation", "par validation"})
          .put("permanent", new String[] {"permanent", "permanent"})
          .put("rotating", new String[] {"rotating", "rotatif"})
          .put("months", new String[] {"months", "mois"})
          .put("network", new String[] {"the Network", "le Réseau"})
          .put("executive-committee", new String[] {"the Executive Committee", "le Comité exécutif"})
          .put("co-chairs", new String[] {"the co-chairs", "les coprésidents"})
          .put("technical-group", new String[] {"the Technical Group", "le Groupe technique"})
          .put("working-group", new String[] {"a working group", "un groupe de travail"})
          .put("annual-review", new String[] {"the annual review", "le bilan annuel"})
          .put("un-country-team", new String[] {"the UN Country Team", "l'Équipe pays des Nations Unies"})
          .put("resident-coordinator", new String[] {"the Resident Coordinator", "le Coordonnateur résident"})
          .put("regional-directors", new String[] {"the Regional Directors", "les Directeurs régionaux"})
          .put("early", new String[] {"early", "début"})
          .put("mid", new String[] {"mid", "mi-"})
          .put("late", new String[] {"late", "fin"})
          .build();

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
    if (BUNDLE.has(key)) {
      return BUNDLE.text(key).text(french ? LocalizedText.FRENCH : LocalizedText.ENGLISH);
    }
    String[] words = WORDS.get(key);
    if (words == null) {
      return key.replace('-', ' ');
    }
    return french ? words[1] : words[0];
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

  String stakeholder(StakeholderRef ref) {
    if (ref instanceof EntityRef entity) {
      return entity.id().code();
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
