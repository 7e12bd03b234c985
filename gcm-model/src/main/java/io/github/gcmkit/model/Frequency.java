package io.github.gcmkit.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How often something recurs: "every N weeks, months or years".
 *
 * <p>The documents' named frequencies are constants — {@link #MONTHLY}, {@link #EVERY_TWO_MONTHS},
 * {@link #QUARTERLY}, {@link #HALF_YEARLY}, {@link #YEARLY} — and {@link #parse(String)} reads the
 * documents' wording of them in English and French ("quarterly", "tous les trois mois", "at least
 * once per month"). Twelve months are one year, so {@code every(12, MONTH)} equals {@link #YEARLY}.
 */
@Value.Immutable
public abstract class Frequency implements WithFrequency {

  /** Every week. */
  public static final Frequency WEEKLY = every(1, FrequencyUnit.WEEK);

  /** Every month. */
  public static final Frequency MONTHLY = every(1, FrequencyUnit.MONTH);

  /** Every two months ("tous les deux mois"). */
  public static final Frequency EVERY_TWO_MONTHS = every(2, FrequencyUnit.MONTH);

  /** Every three months ("quarterly", "tous les trois mois"). */
  public static final Frequency QUARTERLY = every(3, FrequencyUnit.MONTH);

  /** Every six months ("half-yearly", "semestriel"). */
  public static final Frequency HALF_YEARLY = every(6, FrequencyUnit.MONTH);

  /** Every year ("yearly", "annually", "une fois par an"). */
  public static final Frequency YEARLY = every(1, FrequencyUnit.YEAR);

  Frequency() {}

  /** How many units lie between two occurrences, at least 1. */
  @Value.Parameter
  public abstract int interval();

  /** The unit of {@link #interval()}. */
  @Value.Parameter
  public abstract FrequencyUnit unit();

  /** Every {@code interval} {@code unit}s. */
  public static Frequency every(int interval, FrequencyUnit unit) {
    return ImmutableFrequency.of(interval, unit);
  }

  /**
   * Reads a frequency from a document's wording, in English or French.
   *
   * <p>The wording may be a whole sentence: the first expression of a frequency in it is taken, so
   * "Le Réseau se réunira selon les besoins et en règle générale tous les trois mois" gives {@link
   * #QUARTERLY}. Wording with no frequency this method knows gives an empty result, never an
   * exception; so does ambiguous wording such as "bi-monthly" or "twice monthly".
   */
  public static Optional<Frequency> parse(String wording) {
    return FrequencyWording.parse(wording);
  }

  /** The interval in months, a week counting as 12/52 of a month. */
  public double approximateMonths() {
    return interval() * unit().months();
  }

  /**
   * The usual name of this frequency in {@code language} ("quarterly", "tous les trois mois"):
   * French for any French tag ({@code fr}, {@code FR}, {@code fr-CA}), English otherwise.
   */
  public String label(String language) {
    return FrequencyWording.label(this, language);
  }

  @Value.Check
  protected Frequency normalize() {
    Invariants.checkPositive("interval", interval());
    if (unit() == FrequencyUnit.MONTH && interval() % 12 == 0) {
      return every(interval() / 12, FrequencyUnit.YEAR);
    }
    return this;
  }

  @Override
  public String toString() {
    return label(LocalizedText.ENGLISH);
  }
}
