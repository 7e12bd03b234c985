package io.github.gcmkit.model.charter;

/** What flows along a {@link ReportingLine}. */
public enum ReportingKind {
  /** The network reports and is accountable ("rendra compte au Réseau régional"). */
  REPORTS,
  /** The network keeps the other informed ("Informer le UNCT des activités du Réseau"). */
  INFORMS,
  /** The network seeks advice ("demander conseil au Réseau mondial, le cas échéant"). */
  SEEKS_ADVICE
}
