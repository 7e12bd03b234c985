package io.github.gcmkit.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ten guiding principles of the Global Compact for Migration (A/RES/73/195, paragraph 15 (a) to
 * (j)), "cross-cutting and interdependent", with their official English and French titles.
 */
@SuppressWarnings("ImmutableEnumChecker") // LocalizedText and Guava sets are immutable
public enum GuidingPrinciple {
  /** 15(a) People-centred. */
  PEOPLE_CENTRED('a', "People-centred", "Priorité à la dimension humaine"),

  /** 15(b) International cooperation. */
  INTERNATIONAL_COOPERATION('b', "International cooperation", "Coopération internationale"),

  /** 15(c) National sovereignty. */
  NATIONAL_SOVEREIGNTY('c', "National sovereignty", "Souveraineté nationale"),

  /** 15(d) Rule of law and due process. */
  RULE_OF_LAW('d', "Rule of law and due process", "Primauté du droit et garanties d’une procédure régulière"),

  /** 15(e) Sustainable development. */
  SUSTAINABLE_DEVELOPMENT('e', "Sustainable development", "Développement durable"),

  /** 15(f) Human rights. */
  HUMAN_RIGHTS('f', "Human rights", "Droits de l’homme"),

  /** 15(g) Gender-responsive. */
  GENDER_RESPONSIVE('g', "Gender-responsive", "Prise en compte de la problématique femmes-hommes"),

  /** 15(h) Child-sensitive. */
  CHILD_SENSITIVE('h', "Child-sensitive", "Adaptation aux besoins de l’enfant"),

  /** 15(i) Whole-of-government approach. */
  WHOLE_OF_GOVERNMENT('i', "Whole-of-government approach", "Approche mobilisant l’ensemble des pouvoirs publics"),

  /** 15(j) Whole-of-society approach. */
  WHOLE_OF_SOCIETY('j', "Whole-of-society approach", "Approche mobilisant l’ensemble de la société");

  private static final Pattern CITATION = Pattern.compile("15 ?\\(([a-jA-J])\\)");

  private final char paragraph;
  private final LocalizedText title;

  GuidingPrinciple(char paragraph, String english, String french) {
    this.paragraph = paragraph;
    this.title = LocalizedText.en(english).withTranslation(LocalizedText.FRENCH, french);
  }

  /** The letter of the principle's sub-paragraph of paragraph 15, {@code 'a'} to {@code 'j'}. */
  public char paragraph() {
    return paragraph;
  }

  /** The number of the principle in the order of paragraph 15, 1 to 10. */
  public int number() {
    return paragraph - 'a' + 1;
  }

  /** The official title in English and French. */
  public LocalizedText title() {
    return title;
  }

  /**
   * The principle of sub-paragraph 15({@code letter}).
   *
   * @throws IllegalArgumentException unless {@code letter} is {@code 'a'} to {@code 'j'}
   */
  public static GuidingPrinciple ofParagraph(char letter) {
    for (GuidingPrinciple p : values()) {
      if (p.paragraph == Character.toLowerCase(letter)) {
        return p;
      }
    }
    throw new IllegalArgumentException("guiding principle 15(" + letter + ") does not exist: a to j");
  }

  /**
   * The principle numbered {@code number} in the order of paragraph 15.
   *
   * @throws IllegalArgumentException unless {@code number} is 1 to 10
   */
  public static GuidingPrinciple ofNumber(int number) {
    if (number < 1 || number > 10) {
      throw new IllegalArgumentException(
          "guiding principle number " + number + " is out of range 1..10");
    }
    return ofParagraph((char) ('a' + number - 1));
  }

  /**
   * The principle a document cites by its sub-paragraph of paragraph 15, {@code "15(a)"} to {@code
   * "15(j)"} (a space before the bracket and an upper-case letter are accepted), as the rules' own
   * hints cite them; empty for any other text. The format's readers accept this beside the
   * principle's code, and write the code.
   */
  public static Optional<GuidingPrinciple> ofCitation(String citation) {
    Matcher m = CITATION.matcher(citation.strip());
    return m.matches()
        ? Optional.of(ofParagraph(m.group(1).charAt(0)))
        : Optional.empty();
  }

  /**
   * The principle whose title, in English or French, is {@code name}. Case, accents, apostrophes
   * and spacing do not matter.
   */
  public static Optional<GuidingPrinciple> find(String name) {
    return Catalogues.find(values(), name, GuidingPrinciple::title, GuidingPrinciple::title);
  }
}
