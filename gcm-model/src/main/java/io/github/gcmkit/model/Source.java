package io.github.gcmkit.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document a network's record is taken from: its Terms of Reference, a workplan, a web page, a
 * news item or a report, with what identifies it.
 *
 * <pre>{@code
 * Source tor = Source.builder()
 *     .id("wca-workplan-2020")
 *     .kind(SourceKind.WORKPLAN)
 *     .title(LocalizedText.en("Workplan for the Regional United Nations Migration Network …"))
 *     .date(PartialDate.of(LocalDate.of(2020, 11, 20)))
 * *     .build();
 * }</pre>
 *
 * <p>Charters, workplans and statements name their sources by {@link #id()}.
 */
@Value.Immutable
public abstract class Source implements WithSource {

  Source() {}

  /** The source's id, unique among the network's sources ("tor-2019"). */
  public abstract String id();

  /** What kind of document it is. */
  public abstract SourceKind kind();

  /** Its title, as the document gives it. */
  public abstract LocalizedText title();

  /** When it was issued or published. */
  public abstract Optional<PartialDate> date();

  /** The language it is written in, as a BCP 47 tag; by default that of the title. */
  @Value.Default
  public String language() {
    return title().original();
  }

  /** Where it can be read. */
  public abstract Optional<String> url();

  /** Another identifier, where it has no URL (a document symbol, a file name). */
  public abstract Optional<String> identifier();

  /** What else a reader should know of it ("annex missing"). */
  public abstract Optional<LocalizedText> note();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    Invariants.checkId("id", id());
    Invariants.checkLanguage("language", language());
    url().ifPresent(u -> Invariants.checkId("url", u));
    identifier().ifPresent(i -> Invariants.checkId("identifier", i));
  }

  /** Builds {@link Source} values. */
  public static class Builder extends ImmutableSource.Builder {}
}
