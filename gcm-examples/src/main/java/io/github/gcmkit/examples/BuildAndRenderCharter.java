package io.github.gcmkit.examples;

import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.io.render.MarkdownRenderer;
import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.GcmObjective;
import io.github.gcmkit.model.GoverningBody;
import io.github.gcmkit.model.GuidingPrinciple;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.charter.AnnualReview;
import io.github.gcmkit.model.charter.ChairSeat;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.CharterObjective;
import io.github.gcmkit.model.charter.DecisionMethod;
import io.github.gcmkit.model.charter.DecisionRule;
import io.github.gcmkit.model.charter.Governance;
import io.github.gcmkit.model.charter.MeetingPolicy;
import io.github.gcmkit.model.charter.Mission;
import io.github.gcmkit.model.charter.Secretariat;
import io.github.gcmkit.model.charter.Tenure;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Validator;

/**
 * Example: build a charter in code — a draft Terms of Reference for a national network — check it,
 * and render it as Markdown and as the gcmkit JSON format.
 *
 * <pre>{@code
 * java -cp gcm-cli/target/gcm.jar io.github.gcmkit.examples.BuildAndRenderCharter
 * }</pre>
 */
public final class BuildAndRenderCharter {

  private BuildAndRenderCharter() {}

  /** A draft charter, modelled on the Senegal network's Terms of Reference. */
  public static Charter draft() {
    return Charter.builder()
        .title(LocalizedText.en("Terms of Reference of the UN Network on Migration (draft)"))
        .mission(Mission.of(LocalizedText.en(
            "To ensure effective, timely and coordinated UN system-wide support to the Government in "
                + "implementing the Global Compact for Safe, Orderly and Regular Migration."))
            .withLinks(GcmLinks.builder().addPrinciple(GuidingPrinciple.HUMAN_RIGHTS).build()))
        .addObjective(CharterObjective.builder()
            .id("1")
            .text(LocalizedText.en("Promote the norms and standards that protect the human rights of migrants."))
            .links(GcmLinks.builder().addObjective(GcmObjective.ofNumber(17)).addPrinciple(GuidingPrinciple.HUMAN_RIGHTS).build())
            .build())
        .governance(Governance.builder()
            .addCoChair(ChairSeat.of(StakeholderRef.entity("IOM")))
            .addCoChair(ChairSeat.builder()
                .holder(StakeholderRef.entity("UNDP"))
                .tenure(Tenure.builder().from(Tenure.rotating(12)).nextHolderNamedAt(GoverningBody.ANNUAL_REVIEW).build())
                .build())
            .meetings(MeetingPolicy.builder().frequency(Frequency.QUARTERLY).asNeeded(true).build())
            .addDecision(DecisionRule.builder().method(DecisionMethod.CONSENSUS).build())
            .annualReview(AnnualReview.builder().addPurpose(LocalizedText.en("Review the workplan")).build())
            .secretariat(Secretariat.of(StakeholderRef.entity("IOM")))
            .build())
        .build();
  }

  /** Builds the draft, prints what the charter rules find, then the charter as Markdown and JSON. */
  public static void main(String[] args) {
    Charter charter = draft();

    System.out.println(Validator.of(Profile.baseline()).validate(charter).toText("en"));
    System.out.println(MarkdownRenderer.render(charter));
    System.out.println(GcmJson.defaults().write(charter));
  }
}
