package io.github.gcmkit.cli;

import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.GcmObjective;
import io.github.gcmkit.model.GuidingPrinciple;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.charter.AnnualReview;
import io.github.gcmkit.model.charter.ChairSeat;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.CharterObjective;
import io.github.gcmkit.model.charter.Composition;
import io.github.gcmkit.model.charter.DecisionRule;
import io.github.gcmkit.model.charter.ExecutiveCommittee;
import io.github.gcmkit.model.charter.Governance;
import io.github.gcmkit.model.charter.MeetingPolicy;
import io.github.gcmkit.model.charter.Mission;
import io.github.gcmkit.model.charter.PartnerMeeting;
import io.github.gcmkit.model.charter.ReportingLine;
import io.github.gcmkit.model.charter.Secretariat;
import io.github.gcmkit.model.charter.Tenure;
import io.github.gcmkit.model.charter.TenureKind;
import io.github.gcmkit.model.charter.WorkingGroupPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A charter as its clauses — mission, objectives, composition, co-chairs, meetings, decisions,
 * working groups, annual review, secretariat, reporting — each summed up in plain words, so that
 * two charters can be set side by side clause by clause. An absent clause is the empty string.
 */
final class CharterClauses {

  private final Words w;

  CharterClauses(String language) {
    this.w = new Words(language);
  }

  /** The clauses of {@code charter}, by name, in the order of a Terms of Reference. */
  Map<String, String> of(Charter c) {
    Governance g = c.governance();
    Map<String, String> clauses = new LinkedHashMap<>();
    clauses.put(w.word("diff.title"), c.title().map(w::text).orElse(""));
    clauses.put(w.word("diff.adopted"), c.adopted().map(Object::toString).orElse(""));
    clauses.put(w.word("diff.mission"), c.mission().map(m -> w.text(m.text())).orElse(""));
    clauses.put(w.word("diff.established-by"), c.mission().map(m -> w.stakeholders(m.establishedBy())).orElse(""));
    clauses.put(w.word("diff.aligns-with"), c.mission().map(m -> w.texts(m.alignsWith())).orElse(""));
    clauses.put(w.word("diff.objectives"), objectives(c.objectives()));
    clauses.put(w.word("diff.gcm-links"), links(c));
    clauses.put(w.word("diff.composition"), c.composition().map(this::composition).orElse(""));
    clauses.put(w.word("diff.members"), c.composition().map(this::members).orElse(""));
    clauses.put(w.word("diff.external-partners"), c.composition().map(p -> w.stakeholders(p.externalPartners())).orElse(""));
    clauses.put(w.word("diff.co-chairs"), g.coChairs().stream().map(this::seat).collect(Collectors.joining("; ")));
    clauses.put(w.word("diff.chair-duties"), w.texts(g.chairDuties()));
    clauses.put(w.word("diff.coordinator"), g.coordinator().map(w::stakeholder).orElse(""));
    clauses.put(w.word("diff.executive-committee"), g.executiveCommittee().map(this::committee).orElse(""));
    clauses.put(w.word("diff.meetings"), g.meetings().map(this::meetings).orElse(""));
    clauses.put(w.word("diff.decisions"), g.decisions().stream().map(this::decision).collect(Collectors.joining("; ")));
    clauses.put(w.word("diff.working-groups"), workingGroups(g));
    clauses.put(w.word("diff.annual-review"), g.annualReview().map(this::review).orElse(""));
    clauses.put(w.word("diff.secretariat"), g.secretariat().map(this::secretariat).orElse(""));
    clauses.put(w.word("diff.reporting"), g.reportingLines().stream().map(this::reporting).collect(Collectors.joining("; ")));
    clauses.put(w.word("diff.meeting-with-partners"), g.partnerMeeting().map(this::partners).orElse(""));
    return clauses;
  }

  private String objectives(List<CharterObjective> objectives) {
    if (objectives.isEmpty()) {
      return "";
    }
    List<String> items = new ArrayList<>();
    for (int i = 0; i < objectives.size(); i++) {
      items.add((i + 1) + ". " + w.text(objectives.get(i).text()));
    }
    return w.word(objectives.size() == 1 ? "diff.objectives-one" : "diff.objectives-many", objectives.size(), String.join(" ", items));
  }

  /** The GCM objectives and guiding principles the mission and objectives link to. */
  private String links(Charter c) {
    List<GcmLinks> links = new ArrayList<>();
    c.mission().map(Mission::links).ifPresent(links::add);
    c.objectives().forEach(o -> links.add(o.links()));
    TreeSet<GcmObjective> objectives = new TreeSet<>();
    TreeSet<GuidingPrinciple> principles = new TreeSet<>();
    links.forEach(l -> {
      objectives.addAll(l.objectives());
      principles.addAll(l.principles());
    });
    List<String> parts = new ArrayList<>();
    if (!objectives.isEmpty()) {
      parts.add(w.word("diff.gcm-objectives", objectives.stream().map(o -> String.valueOf(o.number())).collect(Collectors.joining(", "))));
    }
    if (!principles.isEmpty()) {
      parts.add(w.word("diff.principles", principles.stream().map(p -> w.text(p.title())).collect(Collectors.joining(", "))));
    }
    return String.join("; ", parts);
  }

  private String composition(Composition c) {
    return join(c.basis().map(w::coded).orElse(""), c.wording().map(w::text).orElse(""));
  }

  private String members(Composition c) {
    return c.members().stream().map(m -> m.member().code()).collect(Collectors.joining(", "));
  }

  private String seat(ChairSeat seat) {
    return w.stakeholder(seat.holder()) + seat.post().map(p -> " (" + w.text(p) + ")").orElse("")
        + ", " + tenure(seat.tenure());
  }

  private String tenure(Tenure t) {
    if (t.kind() == TenureKind.PERMANENT) {
      return w.word("diff.permanent");
    }
    return w.word("diff.rotating") + t.termMonths().map(m -> " " + w.word("diff.every-months", m)).orElseGet(() -> w.word("diff.term-not-stated"))
        + (t.eligible().isEmpty() ? "" : " " + w.word("diff.among", w.stakeholders(t.eligible())))
        + t.nextHolderNamedAt().map(b -> w.word("diff.next-named-by", w.coded(b))).orElseGet(() -> w.word("diff.succession-not-stated"));
  }

  private String committee(ExecutiveCommittee e) {
    return join(w.stakeholders(e.members()), w.texts(e.functions()));
  }

  private String meetings(MeetingPolicy m) {
    return orWording(m.wording(), join(
        m.frequency().map(f -> f.label(language())).orElse(""),
        m.asNeeded() ? w.word("diff.as-needed") : "",
        w.codedAll(m.modalities()),
        w.texts(m.venues())));
  }

  private String decision(DecisionRule d) {
    return orWording(d.wording(), join(
        d.subject().map(w::text).orElse(""),
        d.method().map(w::coded).orElse(""),
        d.decidingBody().map(b -> w.word("diff.by", w.coded(b))).orElse(""),
        d.consultedFirst().isEmpty() ? "" : w.word("diff.after-consulting", w.codedAll(d.consultedFirst()))));
  }

  private String workingGroups(Governance g) {
    String policy = g.workingGroupPolicy().map(this::policy).orElse("");
    String groups = g.workingGroups().stream().map(wg -> w.text(wg.name())).collect(Collectors.joining(", "));
    return join(policy, groups.isEmpty() ? "" : w.word("diff.groups", groups));
  }

  private String policy(WorkingGroupPolicy p) {
    return join(
        p.purpose().map(w::text).orElse(""),
        p.formedAsNeeded() ? w.word("diff.formed-as-needed") : "",
        p.validatedBy().map(b -> w.word("diff.validated-by", w.coded(b))).orElse(""),
        p.chairOpenToAllMembers().map(open -> w.word(open ? "diff.chair-open" : "diff.chair-not-open")).orElse(""));
  }

  private String review(AnnualReview r) {
    return join(
        r.frequency().label(language()),
        w.texts(r.purposes()),
        r.attendees().isEmpty() ? "" : w.word("diff.attended-by", w.codedAll(r.attendees())));
  }

  private String secretariat(Secretariat s) {
    return join(w.stakeholders(s.leads()), s.support().isEmpty() ? "" : w.word("diff.supported-by", w.stakeholders(s.support())));
  }

  private String reporting(ReportingLine r) {
    return orWording(r.wording(), join(
        r.network().map(n -> w.word("diff.to-network", n)).orElse(""),
        r.recipient().map(x -> w.word("diff.to", w.stakeholder(x))).orElse(""),
        w.texts(r.subjects()),
        r.frequency().map(f -> f.label(language())).orElse("")));
  }

  private String partners(PartnerMeeting p) {
    return join(p.frequency().label(language()), p.condition().map(w::text).orElse(""), w.stakeholders(p.participants()));
  }

  private String language() {
    return w.language();
  }

  /** {@code summary} of the structured fields, or the document's own wording when they say nothing. */
  private String orWording(Optional<LocalizedText> wording, String summary) {
    return summary.isEmpty() ? wording.map(w::text).orElse("") : summary;
  }

  /** The non-empty parts, joined by commas. */
  private static String join(String... parts) {
    return Arrays.stream(parts).filter(p -> !p.isBlank()).collect(Collectors.joining(", "));
  }
}
