package io.github.gcmkit.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The scaling plot is well-formed SVG with a line and a legend entry per series. */
class ScalingPlotTest {

  @Test
  void drawsEverySeriesWithItsErrorBars() throws Exception {
    String svg =
        ScalingPlot.svg(
            "Cost <per> workstream",
            List.of(
                new ScalingPlot.Series("validate", "#1f77b4", List.of(
                    new ScalingPlot.Point(10, new Estimate(900, 50)),
                    new ScalingPlot.Point(10_000, new Estimate(1000, 80)))),
                new ScalingPlot.Series("read", "#d62728", List.of(
                    new ScalingPlot.Point(100, new Estimate(3000, 0))))));

    Document document =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));

    assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(document.getElementsByTagName("circle").getLength()).isEqualTo(3);
    assertThat(svg).contains("Cost &lt;per&gt; workstream", ">validate<", ">read<", ">10,000<");
  }
}
