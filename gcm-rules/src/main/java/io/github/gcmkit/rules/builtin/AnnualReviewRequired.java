package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.GoverningBody;
import io.github.gcmkit.model.charter.AnnualReview;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.List;
import java.util.Optional;

/**
 * {@code charter.annual-review.required}: the whole network meets at least once a year to review
 * its work. A review that names no attendees is taken to be of all members.
 */
final class AnnualReviewRequired implements Check<Charter> {

  static final String ID = "charter.annual-review.required";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.WARNING, Target.CHARTER, new AnnualReviewRequired());
  }

  @Override
  public void check(Charter charter, RuleContext context) {
    Optional<AnnualReview> review = charter.governance().annualReview();
    if (review.isEmpty()) {
      context.failAbout(
          List.of("/governance/annualReview/frequency"),
          "/governance/annualReview",
          BuiltIn.text(ID, "none"),
          BuiltIn.text(ID, "hint"));
      return;
    }
    if (review.get().frequency().approximateMonths() > BuiltIn.YEAR_IN_MONTHS) {
      context.fail(
          "/governance/annualReview/frequency",
          BuiltIn.text(ID, "too-rare", BuiltIn.label(review.get().frequency())),
          BuiltIn.text(ID, "hint"));
    }
    if (!review.get().attendees().isEmpty()
        && !review.get().attendees().contains(GoverningBody.NETWORK)) {
      context.fail(
          "/governance/annualReview/attendees",
          BuiltIn.text(ID, "not-whole-network"),
          BuiltIn.text(ID, "hint"));
    }
  }
}
