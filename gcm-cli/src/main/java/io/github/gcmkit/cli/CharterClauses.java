package io.github.gcmkit.cli;

import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.GcmObjective;
import io.github.gcmkit.model.GuidingPrinciple;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.StakeholderRef;
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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A charter as its clauses — mission, objectives, composition, co-chairs, meetings, decisions,
 * working groups, annual review, secretariat, reporting — each summed up in plain words, so that
 * two charters can be set side by side clause by clause. An absent clause is the empty text. Each
 * clause is a {@link ClauseText} made of the charter's own texts and the words between them, never
 * joined: a clause holds references to the charter's texts, not a copy of them.
 */
final class CharterClauses {

  /** Where the {@code n}th text argument of a worded message goes: a private-use character no bundle holds. */
  private static final char MARK = '\uE000';

  private final Words w;

  CharterClauses(String language) {
    this.w = new Words(language);
  }

  /** The clauses of {@code charter}, by name, in the order of a Terms of Reference. */
  Map<String, ClauseText> of(Charter c) {
    Governance g = c.governance();
    Map<String, ClauseText> clauses = new LinkedHashMap<>();
    clauses.put(w.word("diff.title"), text(c.title()));
    clauses.put(w.word("diff.adopted"), plain(c.adopted().map(Object::toString).orElse("")));
    clauses.put(w.word("diff.mission"), text(c.mission().map(Mission::text)));
    clauses.put(w.word("diff.established-by"), c.mission().map(m -> stakeholders(m.establishedBy())).orElse(ClauseText.empty()));
    clauses.put(w.word("diff.aligns-with"), c.mission().map(m -> texts(m.alignsWith())).orElse(ClauseText.empty()));
    clauses.put(w.word("diff.objectives"), objectives(c.objectives()));
    clauses.put(w.word("diff.gcm-links"), plain(links(c)));
    clauses.put(w.word("diff.composition"), c.composition().map(this::composition).orElse(ClauseText.empty()));
    clauses.put(w.word("diff.members"), c.composition().map(this::members).orElse(ClauseText.empty()));
    clauses.put(w.word("diff.external-partners"), c.composition().map(p -> stakeholders(p.externalPartners())).orElse(ClauseText.empty()));
    clauses.put(w.word("diff.co-chairs"), g.coChairs().stream().map(this::seat).collect(ClauseText.joining("; ")));
    clauses.put(w.word("diff.chair-duties"), texts(g.chairDuties()));
    clauses.put(w.word("diff.coordinator"), g.coordinator().map(this::stakeholder).orElse(ClauseText.empty()));
    clauses.put(w.word("diff.executive-committee"), g.executiveCommittee().map(this::committee).orElse(ClauseText.empty()));
    clauses.put(w.word("diff.meetings"), g.meetings().map(this::meetings).orElse(ClauseText.empty()));
    clauses.put(w.word("diff.decisions"), g.decisions().stream().map(this::decision).collect(ClauseText.joining("; ")));
    clauses.put(w.word("diff.working-groups"), workingGroups(g));
    clauses.put(w.word("diff.annual-review"), g.annualReview().map(this::review).orElse(ClauseText.empty()));
    clauses.put(w.word("diff.secretariat"), g.secretariat().map(this::secretariat).orElse(ClauseText.empty()));
    clauses.put(w.word("diff.reporting"), g.reportingLines().stream().map(this::reporting).collect(ClauseText.joining("; ")));
    clauses.put(w.word("diff.meeting-with-partners"), g.partnerMeeting().map(this::partners).orElse(ClauseText.empty()));
    return clauses;
  }

  private ClauseText objectives(List<CharterObjective> objectives) {
    if (objectives.isEmpty()) {
      return ClauseText.empty();
    }
    ClauseText.Builder items = new ClauseText.Builder();
    for (int i = 0; i < objectives.size(); i++) {
      items.add(i == 0 ? "" : " ").add((i + 1) + ". ").add(w.text(objectives.get(i).text()));
    }
    return word(objectives.size() == 1 ? "diff.objectives-one" : "diff.objectives-many", objectives.size(), items.build());
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

  private ClauseText composition(Composition c) {
    return join(plain(c.basis().map(w::coded).orElse("")), text(c.wording()));
  }

  private ClauseText members(Composition c) {
    return c.members().stream().map(m -> plain(m.member().code())).collect(ClauseText.joining(", "));
  }

  private ClauseText seat(ChairSeat seat) {
    ClauseText.Builder text = new ClauseText.Builder().add(stakeholder(seat.holder()));
    seat.post().ifPresent(p -> text.add(" (").add(w.text(p)).add(")"));
    return text.add(", ").add(tenure(seat.tenure())).build();
  }

  private ClauseText tenure(Tenure t) {
    if (t.kind() == TenureKind.PERMANENT) {
      return plain(w.word("diff.permanent"));
    }
    ClauseText.Builder text = new ClauseText.Builder().add(w.word("diff.rotating"))
        .add(t.termMonths().map(m -> " " + w.word("diff.every-months", m)).orElseGet(() -> w.word("diff.term-not-stated")));
    if (!t.eligible().isEmpty()) {
      text.add(" ").add(word("diff.among", stakeholders(t.eligible())));
    }
    return text.add(t.nextHolderNamedAt().map(b -> w.word("diff.next-named-by", w.coded(b))).orElseGet(() -> w.word("diff.succession-not-stated")))
        .build();
  }

  private ClauseText committee(ExecutiveCommittee e) {
    return join(stakeholders(e.members()), texts(e.functions()));
  }

  private ClauseText meetings(MeetingPolicy m) {
    return orWording(m.wording(), join(
        plain(m.frequency().map(f -> f.label(language())).orElse("")),
        plain(m.asNeeded() ? w.word("diff.as-needed") : ""),
        plain(w.codedAll(m.modalities())),
        texts(m.venues())));
  }

  private ClauseText decision(DecisionRule d) {
    return orWording(d.wording(), join(
        text(d.subject()),
        plain(d.method().map(w::coded).orElse("")),
        plain(d.decidingBody().map(b -> w.word("diff.by", w.coded(b))).orElse("")),
        plain(d.consultedFirst().isEmpty() ? "" : w.word("diff.after-consulting", w.codedAll(d.consultedFirst())))));
  }

  private ClauseText workingGroups(Governance g) {
    ClauseText policy = g.workingGroupPolicy().map(this::policy).orElse(ClauseText.empty());
    ClauseText groups = g.workingGroups().stream().map(wg -> text(wg.name())).collect(ClauseText.joining(", "));
    return join(policy, groups.isEmpty() ? ClauseText.empty() : word("diff.groups", groups));
  }

  private ClauseText policy(WorkingGroupPolicy p) {
    return join(
        text(p.purpose()),
        plain(p.formedAsNeeded() ? w.word("diff.formed-as-needed") : ""),
        plain(p.validatedBy().map(b -> w.word("diff.validated-by", w.coded(b))).orElse("")),
        plain(p.chairOpenToAllMembers().map(open -> w.word(open ? "diff.chair-open" : "diff.chair-not-open")).orElse("")));
  }

  private ClauseText review(AnnualReview r) {
    return join(
        plain(r.frequency().label(language())),
        texts(r.purposes()),
        plain(r.attendees().isEmpty() ? "" : w.word("diff.attended-by", w.codedAll(r.attendees()))));
  }

  private ClauseText secretariat(Secretariat s) {
    return join(stakeholders(s.leads()), s.support().isEmpty() ? ClauseText.empty() : word("diff.supported-by", stakeholders(s.support())));
  }

  private ClauseText reporting(ReportingLine r) {
    return orWording(r.wording(), join(
        r.network().map(n -> word("diff.to-network", plain(n))).orElse(ClauseText.empty()),
        r.recipient().map(x -> word("diff.to", stakeholder(x))).orElse(ClauseText.empty()),
        texts(r.subjects()),
        plain(r.frequency().map(f -> f.label(language())).orElse(""))));
  }

  private ClauseText partners(PartnerMeeting p) {
    return join(plain(p.frequency().label(language())), text(p.condition()), stakeholders(p.participants()));
  }

  private String language() {
    return w.language();
  }

  private static ClauseText plain(String text) {
    return ClauseText.of(text);
  }

  private ClauseText text(LocalizedText text) {
    return ClauseText.of(w.text(text));
  }

  private ClauseText text(Optional<LocalizedText> text) {
    return text.map(this::text).orElse(ClauseText.empty());
  }

  private ClauseText texts(Collection<LocalizedText> texts) {
    return texts.stream().map(this::text).collect(ClauseText.joining("; "));
  }

  /** An organisation by its code (IOM), a group of stakeholders in its own words. */
  private ClauseText stakeholder(StakeholderRef ref) {
    return ClauseText.of(w.stakeholder(ref));
  }

  private ClauseText stakeholders(Collection<? extends StakeholderRef> refs) {
    return refs.stream().map(this::stakeholder).collect(ClauseText.joining(", "));
  }

  /**
   * The CLI's word {@code key} with its placeholders filled, a {@link ClauseText} argument set in
   * as its pieces rather than copied into the message.
   */
  private ClauseText word(String key, Object... args) {
    List<ClauseText> texts = new ArrayList<>();
    Object[] marked = args.clone();
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof ClauseText text) {
        marked[i] = String.valueOf((char) (MARK + texts.size()));
        texts.add(text);
      }
    }
    String worded = w.word(key, marked);
    ClauseText.Builder result = new ClauseText.Builder();
    int from = 0;
    for (int i = 0; i < worded.length(); i++) {
      int n = worded.charAt(i) - MARK;
      if (n >= 0 && n < texts.size()) {
        result.add(worded.substring(from, i)).add(texts.get(n));
        from = i + 1;
      }
    }
    return result.add(worded.substring(from)).build();
  }

  /** {@code summary} of the structured fields, or the document's own wording when they say nothing. */
  private ClauseText orWording(Optional<LocalizedText> wording, ClauseText summary) {
    return summary.isEmpty() ? text(wording) : summary;
  }

  /** The non-blank parts, joined by commas. */
  private static ClauseText join(ClauseText... parts) {
    return Stream.of(parts).filter(p -> !p.isBlank()).collect(ClauseText.joining(", "));
  }
}
