package io.github.gcmkit.io;

import io.github.gcmkit.model.Event;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.programme.JointProgramme;
import io.github.gcmkit.model.progress.ProgressReport;
import io.github.gcmkit.model.workplan.Workplan;
import java.util.Locale;
import java.util.Optional;

/** What a document holds, as its {@code "kind"} field says. */
public enum DocumentKind {
  /** A federation of networks ({@code "federation"}). */
  FEDERATION(Federation.class),
  /** One network ({@code "network"}). */
  NETWORK(Network.class),
  /** A charter, the Terms of Reference ({@code "charter"}). */
  CHARTER(Charter.class),
  /** A workplan ({@code "workplan"}). */
  WORKPLAN(Workplan.class),
  /** An event ({@code "event"}). */
  EVENT(Event.class),
  /** A joint programme ({@code "programme"}). */
  PROGRAMME(JointProgramme.class),
  /** A progress report on a workplan ({@code "progress"}). */
  PROGRESS(ProgressReport.class);

  private final Class<?> modelType;

  DocumentKind(Class<?> modelType) {
    this.modelType = modelType;
  }

  /** The model type a document of this kind holds. */
  public Class<?> modelType() {
    return modelType;
  }

  /** The value of the {@code "kind"} field: {@code "charter"}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind whose {@link #code()} is {@code code}. */
  public static Optional<DocumentKind> ofCode(String code) {
    for (DocumentKind kind : values()) {
      if (kind.code().equals(code)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** The kind of document that holds values of {@code type}, if there is one. */
  public static Optional<DocumentKind> forType(Class<?> type) {
    for (DocumentKind kind : values()) {
      if (kind.modelType.isAssignableFrom(type)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** The kind of document that holds {@code value}, if it is one a document can hold. */
  public static Optional<DocumentKind> of(Object value) {
    for (DocumentKind kind : values()) {
      if (kind.modelType.isInstance(value)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
