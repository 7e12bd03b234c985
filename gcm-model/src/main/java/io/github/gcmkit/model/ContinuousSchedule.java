package io.github.gcmkit.model;

import java.util.Optional;

/** Work that goes on throughout the workplan's period: the documents' "Continuous". */
public final class ContinuousSchedule implements Schedule {

  static final ContinuousSchedule INSTANCE = new ContinuousSchedule();

  private ContinuousSchedule() {}

  @Override
  public Optional<Period> period() {
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "continuous";
  }
}
