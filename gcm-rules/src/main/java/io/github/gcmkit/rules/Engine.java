package io.github.gcmkit.rules;

import io.github.gcmkit.rules.internal.Messages;

/** The engine's own messages: report labels and the reasons the validator gives. */
final class Engine {

  static final Messages MESSAGES = Messages.load("/io/github/gcmkit/rules/internal/engine");

  private Engine() {}
}
