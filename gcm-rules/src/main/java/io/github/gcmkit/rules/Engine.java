package io.github.gcmkit.rules;

import io.github.gcmkit.model.MessageBundle;

/** The engine's own messages: report labels and the reasons the validator gives. */
final class Engine {

  static final MessageBundle MESSAGES = MessageBundle.load(name -> Engine.class.getResourceAsStream(name), "/io/github/gcmkit/rules/internal/engine");

  private Engine() {}
}
