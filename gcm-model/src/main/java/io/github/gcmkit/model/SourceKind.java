package io.github.gcmkit.model;

/** What kind of document a {@link Source} is. */
public enum SourceKind {
  /** Terms of Reference ("ToR"). */
  TERMS_OF_REFERENCE,
  /** A mandate ("Mandat"), the French documents' name for their Terms of Reference. */
  MANDATE,
  /** A workplan ("plan de travail"). */
  WORKPLAN,
  /** A web page, such as a network's own "about" page. */
  WEB_PAGE,
  /** A news item or press release. */
  NEWS_ITEM,
  /** A report, such as a progress or annual report. */
  REPORT,
  /** Any other document. */
  OTHER
}
