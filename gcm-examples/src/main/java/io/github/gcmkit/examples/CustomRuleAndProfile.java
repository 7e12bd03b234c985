package io.github.gcmkit.examples;

import io.github.gcmkit.io.GcmProfiles;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleCatalog;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import io.github.gcmkit.rules.Validator;
import java.util.List;

/**
 * Example: write a rule of your own and a profile that runs it beside the built-in rules.
 *
 * <p>The rule asks for a mission stated in both working languages of West and Central Africa, as
 * Senegal's Terms of Reference (French, translated) and the regional workplan (English) show the
 * need. The profile, in YAML as a secretariat would write it, extends {@code baseline}, raises the
 * new rule to an error and asks for meetings every two months.
 *
 * <pre>{@code
 * java -cp gcm-cli/target/gcm.jar io.github.gcmkit.examples.CustomRuleAndProfile
 * }</pre>
 */
public final class CustomRuleAndProfile {

  /** The mission is stated in English and in French. */
  public static final Rule BILINGUAL_MISSION =
      Rule.of(
          "example.charter.bilingual-mission",
          "The mission is stated in English and French",
          "Networks in West and Central Africa work in English and French; members read the mission in either.",
          Severity.WARNING,
          Target.CHARTER,
          (charter, context) -> {
            if (charter.mission().isEmpty()) {
              context.notEvaluated("/mission", LocalizedText.en("The charter states no mission."));
              return;
            }
            for (String language : List.of(LocalizedText.ENGLISH, LocalizedText.FRENCH)) {
              if (charter.mission().get().text().get(language).isEmpty()) {
                context.fail("/mission/text", LocalizedText.en("The mission has no text in '" + language + "'."));
              }
            }
          });

  /** The profile, as a file would hold it. */
  static final String PROFILE_YAML =
      """
      gcmProfile: "1.0"
      name: bilingual
      extends: baseline
      include: [example.*]
      severities:
        example.charter.bilingual-mission: error
      parameters:
        charter.meetings.frequency:
          maxIntervalMonths: 2
      """;

  private CustomRuleAndProfile() {}

  /** Reads the profile, validates the bundled networks with it and prints the custom rule's findings. */
  public static void main(String[] args) {
    RuleCatalog catalog = RuleCatalog.builtIn().plus(List.of(BILINGUAL_MISSION));
    Profile profile = GcmProfiles.with(catalog).readYaml(PROFILE_YAML);   // checked against the catalogue

    Report report = Validator.builder().catalog(catalog).profile(profile).build().validate(Datasets.federation());

    System.out.println("Profile '" + profile.name() + "': " + report.rules().size() + " rules");
    report.findings().stream()
        .filter(f -> f.ruleId().startsWith("example.") || f.ruleId().equals("charter.meetings.frequency"))
        .forEach(System.out::println);
    System.out.println(BILINGUAL_MISSION.id() + ": " + report.status(BILINGUAL_MISSION.id()));
  }
}
