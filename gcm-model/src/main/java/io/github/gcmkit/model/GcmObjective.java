package io.github.gcmkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;

/**
 * The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195,
 * paragraph 16), with their official English and French titles and the short labels of the
 * Migration Network Hub.
 *
 * <p>The French title of objective 18 has no official source at hand and is provisional. French
 * titles keep the typographic apostrophe (U+2019); {@link #find(String)} compares names with
 * apostrophes, case, accents and spacing normalised.
 */
@SuppressWarnings("ImmutableEnumChecker") // LocalizedText and Guava sets are immutable
public enum GcmObjective {
  /** Objective 1: Collect and utilize accurate and disaggregated data as a basis for evidence-based policies. */
  DATA(
      1,
      "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
      "Collecter et utiliser des données précises et ventilées qui serviront à l’élaboration de politiques fondées sur la connaissance des faits",
      "Data",
      "Données"),

  /** Objective 2: Minimize the adverse drivers and structural factors that compel people to leave their country of origin. */
  ADVERSE_DRIVERS(
      2,
      "Minimize the adverse drivers and structural factors that compel people to leave their country of origin",
      "Lutter contre les facteurs négatifs et les problèmes structurels qui poussent des personnes à quitter leur pays d’origine",
      "Minimize adverse drivers",
      "Lutter contre les facteurs négatifs"),

  /** Objective 3: Provide accurate and timely information at all stages of migration. */
  INFORMATION(
      3,
      "Provide accurate and timely information at all stages of migration",
      "Fournir dans les meilleurs délais des informations exactes à toutes les étapes de la migration",
      "Information provision",
      "Fourniture d’informations"),

  /** Objective 4: Ensure that all migrants have proof of legal identity and adequate documentation. */
  LEGAL_IDENTITY(
      4,
      "Ensure that all migrants have proof of legal identity and adequate documentation",
      "Munir tous les migrants d’une preuve d’identité légale et de papiers adéquats",
      "Legal identity and documentation",
      "Identité légale et papiers"),

  /** Objective 5: Enhance availability and flexibility of pathways for regular migration. */
  REGULAR_PATHWAYS(
      5,
      "Enhance availability and flexibility of pathways for regular migration",
      "Faire en sorte que les filières de migration régulière soient accessibles et plus souples",
      "Regular pathways",
      "Filières de migration régulière"),

  /** Objective 6: Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work. */
  DECENT_WORK(
      6,
      "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work",
      "Favoriser des pratiques de recrutement justes et éthiques et assurer les conditions d’un travail décent",
      "Recruitment and decent work",
      "Recrutement et travail décent"),

  /** Objective 7: Address and reduce vulnerabilities in migration. */
  VULNERABILITIES(
      7,
      "Address and reduce vulnerabilities in migration",
      "S’attaquer aux facteurs de vulnérabilité liés aux migrations et les réduire",
      "Reduce vulnerabilities",
      "Réduire la vulnérabilité"),

  /** Objective 8: Save lives and establish coordinated international efforts on missing migrants. */
  SAVE_LIVES(
      8,
      "Save lives and establish coordinated international efforts on missing migrants",
      "Sauver des vies et mettre en place une action internationale coordonnée pour retrouver les migrants disparus",
      "Save lives",
      "Sauver des vies"),

  /** Objective 9: Strengthen the transnational response to smuggling of migrants. */
  SMUGGLING(
      9,
      "Strengthen the transnational response to smuggling of migrants",
      "Renforcer l’action transnationale face au trafic de migrants",
      "Counter smuggling",
      "Combattre le trafic de migrants"),

  /** Objective 10: Prevent, combat and eradicate trafficking in persons in the context of international migration. */
  TRAFFICKING(
      10,
      "Prevent, combat and eradicate trafficking in persons in the context of international migration",
      "Prévenir, combattre et éliminer la traite de personnes dans le cadre des migrations internationales",
      "Eradicate trafficking",
      "Éradiquer la traite de personnes"),

  /** Objective 11: Manage borders in an integrated, secure and coordinated manner. */
  BORDERS(
      11,
      "Manage borders in an integrated, secure and coordinated manner",
      "Gérer les frontières de manière intégrée, sûre et coordonnée",
      "Manage borders",
      "Gérer les frontières"),

  /** Objective 12: Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral. */
  SCREENING_AND_REFERRAL(
      12,
      "Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral",
      "Veiller à l’invariabilité et à la prévisibilité des procédures migratoires pour assurer des contrôles, des évaluations et une orientation appropriés",
      "Screening and referral",
      "Contrôle, évaluation et orientation"),

  /** Objective 13: Use migration detention only as a measure of last resort and work towards alternatives. */
  ALTERNATIVES_TO_DETENTION(
      13,
      "Use migration detention only as a measure of last resort and work towards alternatives",
      "Ne recourir au placement en rétention administrative des migrants qu’en dernier ressort et chercher des solutions de rechange",
      "Alternatives to detention",
      "Alternatives à la rétention"),

  /** Objective 14: Enhance consular protection, assistance and cooperation throughout the migration cycle. */
  CONSULAR_PROTECTION(
      14,
      "Enhance consular protection, assistance and cooperation throughout the migration cycle",
      "Renforcer la protection, l’assistance et la coopération consulaires tout au long du cycle migratoire",
      "Consular protection",
      "Protection consulaire"),

  /** Objective 15: Provide access to basic services for migrants. */
  BASIC_SERVICES(
      15,
      "Provide access to basic services for migrants",
      "Assurer l’accès des migrants aux services de base",
      "Access to basic services",
      "Accès aux services de base"),

  /** Objective 16: Empower migrants and societies to realize full inclusion and social cohesion. */
  INCLUSION(
      16,
      "Empower migrants and societies to realize full inclusion and social cohesion",
      "Donner aux migrants et aux sociétés des moyens en faveur de la pleine intégration et de la cohésion sociale",
      "Inclusion and social cohesion",
      "Intégration et cohésion sociale"),

  /** Objective 17: Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration. */
  NON_DISCRIMINATION(
      17,
      "Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration",
      "Éliminer toutes les formes de discrimination et encourager un débat public fondé sur l’analyse des faits afin de faire évoluer la manière dont les migrations sont perçues",
      "Eliminate discrimination",
      "Éliminer les discriminations"),

  /** Objective 18: Invest in skills development and facilitate mutual recognition of skills, qualifications and competences. The French title is provisional: no official source was found. */
  SKILLS(
      18,
      "Invest in skills development and facilitate mutual recognition of skills, qualifications and competences",
      "Investir dans le perfectionnement des compétences et faciliter la reconnaissance mutuelle des aptitudes, qualifications et compétences",
      "Skills development and recognition",
      "Perfectionnement et reconnaissance des qualifications"),

  /** Objective 19: Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries. */
  DIASPORA_CONTRIBUTIONS(
      19,
      "Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries",
      "Créer les conditions permettant aux migrants et aux diasporas de contribuer pleinement au développement durable dans tous les pays",
      "Migrant and diaspora contributions",
      "Contributions des migrants et diaspora"),

  /** Objective 20: Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants. */
  REMITTANCES(
      20,
      "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants",
      "Rendre les envois de fonds plus rapides, plus sûrs et moins coûteux et favoriser l’inclusion financière des migrants",
      "Remittances",
      "Envois de fonds"),

  /** Objective 21: Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration. */
  RETURN_AND_REINTEGRATION(
      21,
      "Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration",
      "Coopérer en vue de faciliter le retour et la réadmission des migrants en toute sécurité et dignité, ainsi que leur réintégration durable",
      "Dignified return and reintegration",
      "Retour digne et réintégration durable"),

  /** Objective 22: Establish mechanisms for the portability of social security entitlements and earned benefits. */
  SOCIAL_PROTECTION(
      22,
      "Establish mechanisms for the portability of social security entitlements and earned benefits",
      "Mettre en place des mécanismes de portabilité des droits de sécurité sociale et des avantages acquis",
      "Social protection",
      "Protection sociale"),

  /** Objective 23: Strengthen international cooperation and global partnerships for safe, orderly and regular migration. */
  INTERNATIONAL_COOPERATION(
      23,
      "Strengthen international cooperation and global partnerships for safe, orderly and regular migration",
      "Renforcer la coopération internationale et les partenariats mondiaux pour des migrations sûres, ordonnées et régulières",
      "International cooperation",
      "Coopération internationale");

  private final int number;
  private final LocalizedText title;
  private final LocalizedText label;

  GcmObjective(int number, String english, String french, String englishLabel, String frenchLabel) {
    this.number = number;
    this.title = LocalizedText.en(english).withTranslation(LocalizedText.FRENCH, french);
    this.label = LocalizedText.en(englishLabel).withTranslation(LocalizedText.FRENCH, frenchLabel);
  }

  /** The objective's number, 1 to 23. */
  public int number() {
    return number;
  }

  /** The official title in English and French. */
  public LocalizedText title() {
    return title;
  }

  /** The short label of the Migration Network Hub ("Data", "Données"). */
  public LocalizedText label() {
    return label;
  }

  /**
   * The objective numbered {@code number}.
   *
   * @throws IllegalArgumentException unless {@code number} is 1 to 23
   */
  public static GcmObjective ofNumber(int number) {
    checkArgument(
        number >= 1 && number <= 23, "GCM objective number %s is out of range 1..23", number);
    return values()[number - 1];
  }

  /**
   * The objective a document cites by its number, {@code "1"} to {@code "23"}, as documents and the
   * rules' own hints do ("objective 23"); empty for any other text. The format's readers accept this
   * beside the objective's code, and write the code.
   */
  public static Optional<GcmObjective> ofCitation(String citation) {
    String digits = citation.strip();
    if (digits.isEmpty()
        || digits.length() > 2
        || digits.charAt(0) == '0'
        || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    int number = Integer.parseInt(digits);
    return number >= 1 && number <= 23 ? Optional.of(values()[number - 1]) : Optional.empty();
  }

  /**
   * The objective whose official title or hub label, in English or French, is {@code name}. Case,
   * accents, apostrophes and spacing do not matter.
   */
  public static Optional<GcmObjective> find(String name) {
    return Catalogues.find(values(), name, GcmObjective::title, GcmObjective::label);
  }
}
