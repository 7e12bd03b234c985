package io.github.gcmkit.model.programme;

import io.github.gcmkit.model.Invariants;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/** A joint programme's budget: an amount in whole units of a currency ("US$ 2,000,000"). */
@Value.Immutable
public abstract class Budget implements WithBudget {

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  Budget() {}

  /** The amount, in whole units of the currency, zero or more. */
  public abstract int amount();

  /** The currency, as an ISO 4217 code ("USD"). */
  public abstract String currency();

  /** A budget of {@code amount} units of {@code currency}. */
  public static Budget of(int amount, String currency) {
    return builder().amount(amount).currency(currency).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    Invariants.check(amount() >= 0, "amount", "invariant.negative", amount());
    Invariants.check(
        CURRENCY.matcher(currency()).matches(),
        "currency",
        "invariant.not-currency",
        currency());
  }

  @Override
  public String toString() {
    return amount() + " " + currency();
  }

  /** Builds {@link Budget} values. */
  public static class Builder extends ImmutableBudget.Builder {}
}
