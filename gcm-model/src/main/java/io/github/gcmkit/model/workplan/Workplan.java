package io.github.gcmkit.model.workplan;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.Invariants;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.Sourcing;
import io.github.gcmkit.model.Period;
import io.github.gcmkit.model.Pledge;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.List;
import org.immutables.value.Value;

/**
 * A network's workplan: "Workplan for the Regional United Nations Migration Network for West and
 * Central Africa 2020-2021", issued 20 November 2020, a living document, with its modalities, its
 * core and thematic {@link Priority priorities}, cross-cutting issues, the pledges it supports and
 * its footnotes.
 *
 * <p>Workstream ids are unique across the whole workplan, priorities are unique by kind and number.
 */
@Value.Immutable
public abstract class Workplan implements WithWorkplan {

  Workplan() {}

  /** The workplan's id, unique among the network's workplans ("2020-2021"). */
  public abstract String id();

  /** The title. */
  public abstract LocalizedText title();

  /** The months the workplan covers, if stated. */
  public abstract Optional<Period> period();

  /** When the workplan was issued. */
  public abstract Optional<PartialDate> issued();

  /** Whether the workplan calls itself a living document, open to revision. */
  @Value.Default
  public boolean livingDocument() {
    return false;
  }

  /** The id of the workplan this one revises or replaces, if any. */
  public abstract Optional<String> revises();

  /** Its revisions so far. */
  public abstract ImmutableList<Revision> revisions();

  /** The introduction, paragraph by paragraph. */
  public abstract ImmutableList<LocalizedText> introduction();

  /** How the workplan is run and reviewed. */
  public abstract Optional<WorkplanModalities> modalities();

  /** The priorities, in the document's order. */
  public abstract ImmutableList<Priority> priorities();

  /** The issues integrated across all priorities. */
  public abstract ImmutableList<CrossCuttingIssue> crossCuttingIssues();

  /** The government pledges the workplan sets out to support. */
  public abstract ImmutableList<Pledge> pledges();

  /** The footnotes. */
  public abstract ImmutableList<Note> notes();

  /**
   * Which of the network's sources this record is taken from, whether they hold the whole
   * document, and what is known of single statements; unless said, {@linkplain Sourcing#none() none}:
   * no source named, the whole document, every statement stated.
   */
  @Value.Default
  public Sourcing sourcing() {
    return Sourcing.none();
  }

  /** The language of the source document; by default that of the title. */
  @Value.Default
  public String language() {
    return title().original();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every workstream of every priority, in order. */
  public Stream<Workstream> workstreams() {
    return priorities().stream().flatMap(p -> p.workstreams().stream());
  }

  /** The workstream with this id. */
  public Optional<Workstream> workstream(String id) {
    return workstreams().filter(w -> w.id().equals(id)).findFirst();
  }

  /** The priority of this kind and number. */
  public Optional<Priority> priority(PriorityKind kind, int number) {
    return priorities().stream()
        .filter(p -> p.kind() == kind && p.number() == number)
        .findFirst();
  }

  /** The footnote with this id. */
  public Optional<Note> note(String id) {
    return notes().stream().filter(n -> n.id().equals(id)).findFirst();
  }

  @Value.Check
  protected void check() {
    Invariants.checkId("id", id());
    revises().ifPresent(r -> Invariants.checkId("revises", r));
    Invariants.checkLanguage("language", language());
    Invariants.checkUniqueIds("priorities", priorities(), Priority::id);
    Invariants.checkUniqueIds("notes", notes(), Note::id);
    Invariants.checkUniqueIds("pledges", pledges(), Pledge::id);
    Set<String> workstreamIds = new HashSet<>();
    for (int p = 0; p < priorities().size(); p++) {
      ImmutableList<Workstream> workstreams = priorities().get(p).workstreams();
      for (int w = 0; w < workstreams.size(); w++) {
        String id = workstreams.get(w).id();
        if (!workstreamIds.add(id)) {
          throw Invariants.violation(
              List.of("priorities", Integer.toString(p), "workstreams", Integer.toString(w), "id"),
              "invariant.workstream-id-twice",
              id);
        }
      }
    }
  }

  @Override
  public String toString() {
    return "Workplan(" + id() + ": " + title() + ")";
  }

  /** Builds {@link Workplan} values. */
  public static class Builder extends ImmutableWorkplan.Builder {}
}
