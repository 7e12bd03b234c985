package io.github.gcmkit.model;

/** How a document narrows a year or a month down: "early 2020", "mid-2021", "late 2019". */
public enum DateQualifier {
  /** The first part ("early 2020", "début 2020"). */
  EARLY,
  /** The middle ("mid-2021", "mi-2021"). */
  MID,
  /** The last part ("late 2019", "fin 2019"). */
  LATE
}
