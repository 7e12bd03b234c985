package io.github.gcmkit.model;

import java.util.Optional;

/** No schedule: the document does not say when the work happens. */
public final class UnspecifiedSchedule implements Schedule {

  static final UnspecifiedSchedule INSTANCE = new UnspecifiedSchedule();

  private UnspecifiedSchedule() {}

  @Override
  public Optional<Period> period() {
    return Optional.empty();
  }

  @Override
  public boolean isSpecified() {
    return false;
  }

  @Override
  public String toString() {
    return "unspecified";
  }
}
