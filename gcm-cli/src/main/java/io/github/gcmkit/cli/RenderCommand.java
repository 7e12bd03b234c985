package io.github.gcmkit.cli;

import io.github.gcmkit.io.GcmDocument;
import io.github.gcmkit.io.render.HtmlRenderer;
import io.github.gcmkit.io.render.MarkdownRenderer;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Workplan;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gcm render}: a charter or a workplan as a readable Markdown or HTML document. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Render a charter or a workplan as Markdown or HTML.",
      "",
      "The document is written in its own language, or with --lang in English or French (headings, "
          + "labels and organisation names, and the document's texts where it has them in that language), "
          + "to standard output.",
      "",
      "SOURCE is a charter or workplan document, or a network: its charter, or its workplan with "
          + "--workplan (when no charter is recorded for the network, its only workplan).",
      ""
    })
final class RenderCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  @Mixin Source source = new Source();

  @Option(names = "--format", paramLabel = "markdown|html", defaultValue = "markdown",
      description = "'markdown' (the default) or 'html' (a standalone page).")
  String format = "markdown";

  @Mixin LanguageOption lang = new LanguageOption();

  @Option(names = "--workplan", paramLabel = "ID", arity = "0..1", fallbackValue = "",
      description = "Render the network's workplan ID (or its only workplan) instead of its charter.")
  @Nullable String workplan;

  @Override
  public Integer call() {
    boolean html = Choice.of(spec, "--format", format, "markdown", "html").equals("html");
    Object subject = subject();
    // Written as it is made: a large document's render is never held whole.
    PrintWriter out = spec.commandLine().getOut();
    if (subject instanceof Charter charter) {
      String language = lang.given().orElse(charter.language());
      if (html) {
        HtmlRenderer.render(charter, language, out);
      } else {
        MarkdownRenderer.render(charter, language, out);
      }
    } else {
      Workplan w = (Workplan) subject;
      String language = lang.given().orElse(w.language());
      if (html) {
        HtmlRenderer.render(w, language, out);
      } else {
        MarkdownRenderer.render(w, language, out);
      }
    }
    out.flush();
    return Gcm.OK;
  }

  private Object subject() {
    if (workplan != null) {
      return source.workplan(workplan);
    }
    GcmDocument document = source.document();
    if (document.value() instanceof Charter || document.value() instanceof Workplan) {
      return document.value();
    }
    Network network = source.network(document);
    if (network.charter().isEmpty() && network.workplans().size() == 1) {
      return network.workplans().get(0);
    }
    return source.charter();
  }
}
