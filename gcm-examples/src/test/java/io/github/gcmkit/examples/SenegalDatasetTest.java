package io.github.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.GcmObjective;
import io.github.gcmkit.model.GoverningBody;
import io.github.gcmkit.model.GroupKind;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Provenance;
import io.github.gcmkit.model.StakeholderGroup;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.charter.ChairSeat;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.CompositionBasis;
import io.github.gcmkit.model.charter.DecisionMethod;
import io.github.gcmkit.model.charter.Governance;
import io.github.gcmkit.model.charter.MeetingModality;
import io.github.gcmkit.model.charter.ReportingKind;
import io.github.gcmkit.model.charter.ReportingLine;
import io.github.gcmkit.model.charter.TenureKind;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.network.NetworkLevel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Facts of the Senegal network, checked against its Terms of Reference ("Mandat"). */
class SenegalDatasetTest {

  private final Network sn = Datasets.federation().network("sn").orElseThrow();
  private final Charter charter = sn.charter().orElseThrow();
  private final Governance governance = charter.governance();

  @Test
  void theNationalNetworkReportsToTheRegionalNetwork() {
    assertThat(sn.level()).isEqualTo(NetworkLevel.NATIONAL);
    assertThat(sn.country()).contains("SN");
    assertThat(sn.reportsTo()).contains("wca");
    assertThat(sn.name().original()).isEqualTo("fr");
    assertThat(sn.name().text()).isEqualTo("Réseau des Nations Unies sur les migrations pour le Sénégal");
  }

  @Test
  void everyTextIsTheFrenchOriginalWithAnEnglishTranslation() {
    List<LocalizedText> texts = new ArrayList<>();
    collectTexts(charter, texts);
    assertThat(texts).hasSizeGreaterThan(80).allSatisfy(text -> {
      assertThat(text.original()).as(text.text()).isEqualTo("fr");
      assertThat(text.languages()).as(text.text()).containsExactly("en", "fr");
    });
    assertThat(charter.language()).isEqualTo("fr");
  }

  @Test
  void theElevenObjectivesOfTheMandate() {
    assertThat(charter.objectives()).hasSize(11);
    assertThat(charter.objective("1").orElseThrow().text().text()).startsWith(
        "Partager les informations sur les domaines d'interventions des différentes parties prenantes");
    assertThat(charter.objective("11").orElseThrow().text().text()).startsWith(
        "Préparer un plan de travail annuel conjoint en accord avec les priorités du gouvernement du Sénégal");
    assertThat(charter.mission().orElseThrow().links().objectives()).hasSize(GcmObjective.values().length);
    assertThat(charter.mission().orElseThrow().links().provenance()).isEqualTo(Provenance.STATED);
  }

  @Test
  void theCompositionAndTheExternalPartners() {
    var composition = charter.composition().orElseThrow();
    assertThat(composition.basis()).contains(CompositionBasis.EVERY_UNCT_ENTITY);
    assertThat(composition.memberDuties()).hasSize(3);
    assertThat(composition.externalPartners()).hasSize(19)
        .extracting(StakeholderGroup::kind).startsWith(GroupKind.GOVERNMENT, GroupKind.MIGRANTS)
        .endsWith(GroupKind.MEDIA, GroupKind.OTHER_STAKEHOLDERS);
  }

  @Test
  void theTenureOfTheCoChairsIsInterpreted() {
    assertThat(governance.coChairs()).extracting(ChairSeat::holder)
        .containsExactly(StakeholderRef.entity("OHCHR"), StakeholderRef.entity("IOM"));
    assertThat(governance.coChairs()).allSatisfy(seat ->
        assertThat(seat.tenure().provenance()).isEqualTo(Provenance.INTERPRETED));
    var rotating = governance.coChairs().get(0).tenure();
    assertThat(rotating.kind()).isEqualTo(TenureKind.ROTATING);
    assertThat(rotating.termMonths()).contains(12);
    assertThat(rotating.nextHolderNamedAt()).contains(GoverningBody.ANNUAL_REVIEW);
    assertThat(governance.coChairs().get(1).tenure().kind()).isEqualTo(TenureKind.PERMANENT);
    assertThat(governance.coChairs().get(1).post().orElseThrow().text()).isEqualTo("Chef de Mission");
    assertThat(governance.coordinator()).contains(StakeholderRef.entity("IOM"));
    assertThat(governance.chairDuties()).hasSize(7);
  }

  @Test
  void meetingsDecisionsWorkingGroupsAndTheAnnualReview() {
    var meetings = governance.meetings().orElseThrow();
    assertThat(meetings.frequency()).contains(Frequency.QUARTERLY);
    assertThat(meetings.asNeeded()).isTrue();
    assertThat(meetings.modalities())
        .containsExactly(MeetingModality.IN_PERSON, MeetingModality.ONLINE, MeetingModality.HYBRID);
    assertThat(governance.decisions().get(0).method()).contains(DecisionMethod.CONSENSUS);
    assertThat(governance.workingGroupPolicy().orElseThrow().validatedBy()).contains(GoverningBody.UN_COUNTRY_TEAM);
    assertThat(governance.workingGroupPolicy().orElseThrow().chairOpenToAllMembers()).contains(true);
    var review = governance.annualReview().orElseThrow();
    assertThat(review.frequency()).isEqualTo(Frequency.YEARLY);
    assertThat(review.outcomes()).extracting(LocalizedText::text)
        .containsExactly("nommer le prochain coprésident", "présenter le plan de travail actualisé");
    assertThat(governance.secretariat().orElseThrow().leads()).containsExactly(StakeholderRef.entity("IOM"));
  }

  @Test
  void theNetworkReportsToTheRegionalNetworkAndSeeksAdviceFromTheGlobalOne() {
    assertThat(governance.reportingLines()).extracting(ReportingLine::kind).containsExactly(
        ReportingKind.REPORTS, ReportingKind.INFORMS, ReportingKind.SEEKS_ADVICE, ReportingKind.INFORMS,
        ReportingKind.INFORMS);
    assertThat(governance.reportingLines().get(0).network()).contains("wca");
    assertThat(governance.reportingLines().get(2).network()).contains("global");
    assertThat(governance.partnerMeeting().orElseThrow().participants()).hasSize(20);
  }

  /**
   * Every text in {@code value}, found through the public accessors of the model's types; GCM links
   * are left out, as their rationale is the encoder's, not the document's.
   */
  private static void collectTexts(Object value, List<LocalizedText> texts) {
    if (value instanceof LocalizedText text) {
      texts.add(text);
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> collectTexts(v, texts));
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(v -> collectTexts(v, texts));
    } else if (!(value instanceof GcmLinks) && !(value instanceof Enum<?>)
        && value.getClass().getPackageName().startsWith("io.github.gcmkit.model")) {
      Class<?> type = value.getClass();
      while (!Modifier.isPublic(type.getModifiers())) {
        type = type.getSuperclass();
      }
      for (Method method : type.getMethods()) {
        if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
            && method.getDeclaringClass().getPackageName().startsWith("io.github.gcmkit.model")
            && (method.getReturnType() == LocalizedText.class || method.getReturnType() == Optional.class
                || Collection.class.isAssignableFrom(method.getReturnType())
                || method.getReturnType().getPackageName().startsWith("io.github.gcmkit.model"))) {
          try {
            collectTexts(method.invoke(value), texts);
          } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError(method.getName(), e);
          }
        }
      }
    }
  }
}
