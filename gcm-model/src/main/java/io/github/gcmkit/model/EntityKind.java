package io.github.gcmkit.model;

/** What kind of organisation an {@link Entity} is. */
public enum EntityKind {
  /** A UN entity: agency, fund, programme, department, office or regional commission. */
  UN_ENTITY(true),
  /** The UN's country-level coordination: the Resident Coordinator, their Office, the UN Country Team. */
  UN_COORDINATION(true),
  /** An intergovernmental organisation outside the UN system, such as the African Union Commission. */
  INTERGOVERNMENTAL(false),
  /** A regional economic community, such as ECOWAS or ECCAS. */
  REGIONAL_ECONOMIC_COMMUNITY(false),
  /** A national government as a whole, such as the Swiss Confederation. */
  GOVERNMENT(false),
  /** A ministry, agency or other body of a national government, such as Cameroon's MINREX. */
  GOVERNMENT_AGENCY(false),
  /** A national human rights institution. */
  NATIONAL_HUMAN_RIGHTS_INSTITUTION(false),
  /** A civil society organisation or coalition. */
  CIVIL_SOCIETY(false),
  /** A research, training or policy centre, such as CCCPA. */
  RESEARCH_CENTRE(false),
  /** An inter-agency or multi-stakeholder initiative, such as the UN Network's champion initiative. */
  INITIATIVE(false),
  /** A donor or financing mechanism, such as the Migration MPTF. */
  FUND(true),
  /** Any other organisation. */
  OTHER(false);

  private final boolean unSystem;

  EntityKind(boolean unSystem) {
    this.unSystem = unSystem;
  }

  /** Whether organisations of this kind belong to the UN system. */
  public boolean isUnSystem() {
    return unSystem;
  }
}
