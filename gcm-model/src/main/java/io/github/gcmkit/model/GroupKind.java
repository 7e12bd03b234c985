package io.github.gcmkit.model;

/**
 * Categories of stakeholders that the documents name as groups rather than as organisations:
 * "Member States", "local authorities", "relevant CSOs", "diasporas", "National UNMN members".
 *
 * <p>{@link #isWholeOfSociety()} tells which categories belong to the GCM's whole-of-society
 * approach (guiding principle 15(j)), the partners outside government and the UN system.
 */
public enum GroupKind {
  /** States, such as "ECOWAS or ECCAS Member States". */
  MEMBER_STATES(false),
  /** A national government, its departments and services ("départements/services étatiques"). */
  GOVERNMENT(false),
  /** Local authorities and local governments, including communes. */
  LOCAL_AUTHORITIES(true),
  /** Local communities. */
  COMMUNITIES(true),
  /** Migrants themselves, and communities affected by migration. */
  MIGRANTS(true),
  /** Migrant and diaspora organisations, and diasporas. */
  DIASPORAS(true),
  /** Civil society organisations (CSOs), including NGOs. */
  CIVIL_SOCIETY(true),
  /** Faith-based organisations. */
  FAITH_BASED_ORGANIZATIONS(true),
  /** The private sector. */
  PRIVATE_SECTOR(true),
  /** Employers' and workers' organisations. */
  EMPLOYERS_AND_WORKERS(true),
  /** Trade unions. */
  TRADE_UNIONS(true),
  /** Women's organisations. */
  WOMEN_ORGANIZATIONS(true),
  /** Youth associations, and children and youth. */
  YOUTH(true),
  /** Parliamentarians. */
  PARLIAMENTARIANS(true),
  /** National human rights institutions (NHRIs). */
  NATIONAL_HUMAN_RIGHTS_INSTITUTIONS(true),
  /** The International Red Cross and Red Crescent Movement. */
  RED_CROSS_RED_CRESCENT(true),
  /** Academia, universities and research groups. */
  ACADEMIA(true),
  /** The media. */
  MEDIA(true),
  /** Experts. */
  EXPERTS(true),
  /** The international community: embassies, intergovernmental organisations, development partners. */
  INTERNATIONAL_COMMUNITY(false),
  /** UN migration networks themselves, such as "the Global UN Network on Migration" or "National UNMNs". */
  NETWORKS(false),
  /** The members of a UN migration network, such as "Regional UNMN members". */
  NETWORK_MEMBERS(false),
  /** The co-chairs of a UN migration network, such as "Regional Network co-chairs (IOM, OHCHR)". */
  NETWORK_CO_CHAIRS(false),
  /** The Regional Directors of the network's member agencies. */
  REGIONAL_DIRECTORS(false),
  /** UN entities named as a group. */
  UN_ENTITIES(false),
  /** "Other relevant stakeholders", or any group not listed here. */
  OTHER_STAKEHOLDERS(false);

  private final boolean wholeOfSociety;

  GroupKind(boolean wholeOfSociety) {
    this.wholeOfSociety = wholeOfSociety;
  }

  /** Whether this category is one of the whole-of-society partners of GCM guiding principle 15(j). */
  public boolean isWholeOfSociety() {
    return wholeOfSociety;
  }
}
