package io.github.gcmkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The repository's Dockerfile as Docker reads it: instructions, continuation lines joined, no comments. */
final class Dockerfile {

  /** The repository's root, seen from the gcm-cli module. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private Dockerfile() {}

  /** One instruction: its keyword in upper case and the rest of its (joined) lines. */
  record Instruction(String keyword, String arguments) {}

  /** Every instruction of the Dockerfile, in order. */
  static List<Instruction> instructions() throws IOException {
    List<Instruction> instructions = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String line : Files.readAllLines(ROOT.resolve("Dockerfile"))) {
      String trimmed = line.strip();
      if (trimmed.startsWith("#") || (trimmed.isEmpty() && pending.length() == 0)) {
        continue;
      }
      if (trimmed.endsWith("\\")) {
        pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
        continue;
      }
      pending.append(trimmed);
      String[] parts = pending.toString().split("\\s+", 2);
      instructions.add(new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : ""));
      pending.setLength(0);
    }
    return instructions;
  }

  /** The instructions of the last stage, the image that is run. */
  static List<Instruction> finalStage() throws IOException {
    List<Instruction> all = instructions();
    int from = 0;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).keyword().equals("FROM")) {
        from = i;
      }
    }
    return all.subList(from, all.size());
  }

  /** The arguments of every {@code keyword} instruction among {@code instructions}. */
  static List<String> arguments(List<Instruction> instructions, String keyword) {
    return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
  }
}
