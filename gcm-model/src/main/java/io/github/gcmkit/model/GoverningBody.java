package io.github.gcmkit.model;

/**
 * The bodies that charters and workplans give a say: who decides, who validates, who is consulted,
 * to whom updates go. The network as a whole ({@link #NETWORK}, "all members") is one of them.
 */
public enum GoverningBody {
  /** The whole network: all its members. */
  NETWORK,
  /** The network's executive committee. */
  EXECUTIVE_COMMITTEE,
  /** The network's co-chairs. */
  CO_CHAIRS,
  /** The network's coordinator (IOM, by the GCM). */
  COORDINATOR,
  /** The network's secretariat. */
  SECRETARIAT,
  /** A technical group, such as the focal points that draft a workplan. */
  TECHNICAL_GROUP,
  /** A working group of the network. */
  WORKING_GROUP,
  /** The network's annual review meeting. */
  ANNUAL_REVIEW,
  /** The UN Country Team (UNCT). */
  UN_COUNTRY_TEAM,
  /** The UN Resident Coordinator (RC). */
  RESIDENT_COORDINATOR,
  /** The Regional Directors of the member agencies. */
  REGIONAL_DIRECTORS
}
