package io.github.gcmkit.cli;

import io.github.gcmkit.io.escape.TerminalEscaper;
import io.github.gcmkit.model.Entity;
import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.LocalizedText;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code gcm entities}: the entity catalogue. */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "List the entity catalogue.",
      "",
      "The organisations documents name by code: each one's code, kind, English and French names and "
          + "the aliases that read as it (OIM is IOM). A network declares the organisations no catalogue "
          + "holds in its own 'entities'; see docs/entities.md.",
      ""
    })
final class EntitiesCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "'text' for people (the default) or 'json' for tools.")
  String format = "text";

  @Override
  public Integer call() {
    String chosen = Choice.of(spec, "--format", format, "text", "json");
    PrintWriter out = spec.commandLine().getOut();
    EntityCatalog catalog = EntityCatalog.defaults();
    out.print(chosen.equals("json") ? json(catalog) : text(catalog));
    out.flush();
    return Gcm.OK;
  }

  private static String text(EntityCatalog catalog) {
    int code = catalog.entities().stream().mapToInt(e -> e.id().code().length()).max().orElse(0);
    int kind = catalog.entities().stream().mapToInt(e -> kind(e).length()).max().orElse(0);
    StringBuilder text = new StringBuilder();
    for (Entity entity : catalog.entities()) {
      text.append(String.format("%-" + code + "s  %-" + kind + "s  %s%n", entity.id().code(), kind(entity),
          TerminalEscaper.text(name(entity.name(), "en"))));
      String indent = " ".repeat(code + kind + 4);
      text.append(indent).append(TerminalEscaper.text(name(entity.name(), "fr"))).append('\n');
      if (!entity.aliases().isEmpty()) {
        text.append(indent).append("aliases: ")
            .append(TerminalEscaper.text(String.join(", ", entity.aliases()))).append('\n');
      }
    }
    return text.append(catalog.size())
        .append(" organisations. A network declares others in its 'entities'; see docs/entities.md.\n")
        .toString();
  }

  private static String json(EntityCatalog catalog) {
    ObjectNode root = PrettyJson.object();
    ArrayNode entities = root.putArray("entities");
    for (Entity entity : catalog.entities()) {
      ObjectNode node = entities.addObject().put("code", entity.id().code()).put("kind", kind(entity));
      ObjectNode name = node.putObject("name");
      entity.name().texts().forEach(name::put);
      ArrayNode aliases = node.putArray("aliases");
      entity.aliases().forEach(aliases::add);
      entity.country().ifPresent(c -> node.put("country", c));
      entity.parent().ifPresent(p -> node.put("parent", p.code()));
    }
    return PrettyJson.text(root);
  }

  /** The kind as the format writes it: {@code government-agency}. */
  private static String kind(Entity entity) {
    return entity.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String name(LocalizedText name, String language) {
    return name.text(language);
  }
}
