package io.github.gcmkit.model.charter;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.Invariants;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.Sourcing;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A network's charter, its Terms of Reference (French: "Mandat", "termes de référence"): the
 * mission, the objectives, the composition and the {@link Governance} the network sets itself.
 *
 * <pre>{@code
 * Charter senegal = Charter.builder()
 *     .title(LocalizedText.fr("Mandat du Réseau des Nations Unies sur les migrations pour le Sénégal"))
 *     .mission(mission)
 *     .addObjective(CharterObjective.of("1", LocalizedText.fr("Partager les informations …")))
 *     .governance(Governance.builder().addCoChair(ohchrSeat).addCoChair(iomSeat).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Charter implements WithCharter {

  Charter() {}

  /** The charter's title, if it has one. */
  public abstract Optional<LocalizedText> title();

  /** When the charter was adopted ("Terms of Reference from 11 June 2019"). */
  public abstract Optional<PartialDate> adopted();

  /** The mission statement. */
  public abstract Optional<Mission> mission();

  /** The network's objectives, in the charter's order. */
  public abstract ImmutableList<CharterObjective> objectives();

  /** Who the members are and which external partners the network works with. */
  public abstract Optional<Composition> composition();

  /** How the network governs itself. */
  @Value.Default
  public Governance governance() {
    return Governance.builder().build();
  }

  /**
   * Which of the network's sources this record is taken from, whether they hold the whole
   * document, and what is known of single statements; unless said, {@linkplain Sourcing#none() none}:
   * no source named, the whole document, every statement stated.
   */
  @Value.Default
  public Sourcing sourcing() {
    return Sourcing.none();
  }

  /** The language of the source document: by default, that of the title or mission. */
  @Value.Default
  public String language() {
    return title()
        .or(() -> mission().map(Mission::text))
        .map(LocalizedText::original)
        .orElse(LocalizedText.ENGLISH);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The objective with this id. */
  public Optional<CharterObjective> objective(String id) {
    return objectives().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  @Value.Check
  protected void check() {
    Invariants.checkUniqueIds("objectives", objectives(), CharterObjective::id);
    Invariants.checkLanguage("language", language());
  }

  /** Builds {@link Charter} values. */
  public static class Builder extends ImmutableCharter.Builder {}
}
