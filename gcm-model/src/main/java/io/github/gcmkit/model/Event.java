package io.github.gcmkit.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A webinar, workshop, consultation, briefing or conference: what a concept note describes, or a
 * dated event a workplan depends on (such as a COP session).
 *
 * <p>Roles belong to the event: {@link #organisers()}, {@link #partners()} (who organise with
 * them) and {@link #supporters()} (who support it, such as a donor government).
 */
@Value.Immutable
public abstract class Event implements WithEvent {

  Event() {}

  /** The event's id, unique among the events of a network or federation. */
  public abstract String id();

  /** The title. */
  public abstract LocalizedText title();

  /** What kind of event this is. */
  public abstract EventKind kind();

  /** When it takes place, at the precision the document gives. */
  public abstract Optional<PartialDate> date();

  /** The series it belongs to, if any. */
  public abstract Optional<EventSeries> series();

  /** Who organises it. */
  public abstract ImmutableList<StakeholderRef> organisers();

  /** Who organises it in cooperation with the organisers. */
  public abstract ImmutableList<StakeholderRef> partners();

  /** Who supports it (for example with funding). */
  public abstract ImmutableList<StakeholderRef> supporters();

  /** The region it concerns, in the document's words ("the Sahel and Sahara region"). */
  public abstract Optional<LocalizedText> region();

  /** The countries it concerns, as ISO 3166-1 alpha-2 codes. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<String> countries();

  /** Who it brings together. */
  public abstract ImmutableList<StakeholderRef> audience();

  /** What it aims to do. */
  public abstract ImmutableList<LocalizedText> objectives();

  /** What it is expected to produce, such as a report of key findings and whom it goes to. */
  public abstract ImmutableList<LocalizedText> expectedOutputs();

  /** The background the document gives, paragraph by paragraph. */
  public abstract ImmutableList<LocalizedText> context();

  /** What it serves in the GCM. */
  @Value.Default
  public GcmLinks links() {
    return GcmLinks.none();
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

  @Value.Check
  protected void check() {
    Invariants.checkId("id", id());
    countries().forEach(c -> Invariants.checkCountry("countries", c));
  }

  @Override
  public String toString() {
    return "Event(" + id() + ": " + title() + date().map(d -> ", " + d).orElse("") + ")";
  }

  /** Builds {@link Event} values. */
  public static class Builder extends ImmutableEvent.Builder {}
}
