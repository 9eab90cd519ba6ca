package com.hpgdesk.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.chart.TrendChart.Band;
import com.hpgdesk.chart.TrendChart.CurvePoint;
import com.hpgdesk.chart.TrendChart.Flag;
import com.hpgdesk.chart.TrendChart.Phase;
import com.hpgdesk.chart.TrendChart.Point;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class TrendChartTest {

    private static final TrendChart TESTOSTERONE = TrendChart.of("Total testosterone since the end of TRT",
                    "Total testosterone", "ng/dL", List.of(
                            new Point(1.2, 180, Flag.BELOW),
                            new Point(2.5, 250, Flag.BELOW),
                            new Point(4.0, 330, Flag.BELOW),
                            new Point(5.8, 390, Flag.IN_RANGE),
                            new Point(7.9, 412, Flag.IN_RANGE)))
            .withReferenceBand(new Band(264.0, 916.0, "Reference range"))
            .withThreshold(340, "Recovery threshold 340 ng/dL")
            .withPhase(new Phase("hCG", -1, 2.0))
            .withPhase(Phase.ongoing("SERM", 1))
            .withExpectedCurve(List.of(new CurvePoint(0, 150), new CurvePoint(3, 320), new CurvePoint(6, 420)));

    @Test
    void theSvgIsAStandaloneDocumentWithItsTitleDescriptionAndLabels() throws Exception {
        String svg = TESTOSTERONE.toSvg(720, 400);

        Document document = parse(svg);
        var root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 720 400");
        assertThat(firstText(document, "title")).isEqualTo("Total testosterone since the end of TRT");
        assertThat(firstText(document, "desc"))
                .isEqualTo("Total testosterone, 5 values from 1.2 to 7.9 months; latest 412 ng/dL, in range");
        String allText = texts(document);
        assertThat(allText).contains("Total testosterone (ng/dL)", "Months since end of treatment",
                "Recovery threshold 340 ng/dL", "hCG", "SERM", "End of treatment", "Reference range", "Expected");
    }

    @Test
    void aCensoredPointIsDrawnOpenWithAnArrowAndExplainedInTheLegend() throws Exception {
        var chart = TrendChart.of("LH", "LH", "IU/L", List.of(
                        new Point(-1, 0.2, Flag.BELOW, Censoring.BELOW_LIMIT),
                        new Point(2, 3.1, Flag.IN_RANGE),
                        new Point(4, 5, Flag.UNKNOWN, Censoring.BELOW_LIMIT)))
                .withReferenceBand(new Band(1.3, 9.6, "Reference range"));
        Document document = parse(chart.toSvg(720, 400));
        assertThat(texts(document)).contains(Censoring.BELOW_LIMIT.legend(), "Value not known against the range")
                .doesNotContain(Censoring.ABOVE_LIMIT.legend());
        assertThat(firstText(document, "desc")).isEqualTo("LH, 3 values from -1 to 4 months; latest < 5 IU/L, "
                + "not known against the range");
        // The arrow points the way the true value lies: down (larger y on screen) below the limit, up above it.
        var down = ChartStyle.censored(Censoring.BELOW_LIMIT).getBounds2D();
        var up = ChartStyle.censored(Censoring.ABOVE_LIMIT).getBounds2D();
        var circle = ChartStyle.shape(Flag.IN_RANGE).getBounds2D();
        assertThat(down.getMaxY()).isGreaterThan(circle.getMaxY() + 5);
        assertThat(down.getMinY()).isEqualTo(circle.getMinY());
        assertThat(up.getMinY()).isLessThan(circle.getMinY() - 5);
        assertThat(up.getMaxY()).isEqualTo(circle.getMaxY());
        var measuredOnly = TrendChart.of("LH", "LH", "IU/L", List.of(new Point(2, 3.1, Flag.IN_RANGE)));
        assertThat(texts(parse(measuredOnly.toSvg(720, 400)))).doesNotContain(Censoring.BELOW_LIMIT.legend());

        var above = TrendChart.of("TT", "Total testosterone", "ng/dL",
                List.of(new Point(1, 1500, Flag.ABOVE, Censoring.ABOVE_LIMIT)));
        assertThat(texts(parse(above.toSvg(720, 400)))).contains(Censoring.ABOVE_LIMIT.legend());
        assertThat(above.summary()).endsWith("latest > 1500 ng/dL, above range");
    }

    @Test
    void aLabelWithMarkupIsWrittenAsTextNotAsMarkup() throws Exception {
        var chart = TrendChart.of("<script>alert(1)</script>", "LH", "IU/L",
                        List.of(new Point(1, 2, Flag.IN_RANGE)))
                .withThreshold(1.24, "<script>alert('x')</script> & more");

        String svg = chart.toSvg(600, 300);

        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;");
        Document document = parse(svg);
        assertThat(document.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(firstText(document, "title")).isEqualTo("<script>alert(1)</script>");
        assertThat(texts(document)).contains("<script>alert('x')</script> & more");
    }

    @Test
    void thePngDecodesAtTheRequestedSize() throws Exception {
        byte[] png = TESTOSTERONE.toPng(640, 360);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(360);
        // A white background with something drawn on it: not a blank image.
        assertThat(image.getRGB(2, 2) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(distinctColours(image)).isGreaterThan(10);
    }

    @Test
    void drawsOntoAnyGraphicsWithinTheGivenArea() {
        var image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(java.awt.Color.BLACK);
        graphics.fillRect(0, 0, 400, 300);
        TESTOSTERONE.draw(graphics, new Rectangle2D.Double(0, 0, 200, 300));
        graphics.dispose();

        assertThat(image.getRGB(5, 5) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(image.getRGB(300, 150) & 0xFFFFFF).as("right of the area stays untouched").isZero();
    }

    @Test
    void anEmptySeriesDrawsANoValuesYetChart() throws Exception {
        var empty = TrendChart.of("LH since the end of TRT", "LH", "IU/L", List.of())
                .withThreshold(1.24, "Recovery threshold 1.24 IU/L");

        String svg = empty.toSvg(600, 300);

        assertThat(texts(parse(svg))).contains("No values yet");
        assertThat(empty.summary()).isEqualTo("LH: no values yet");
        assertThat(ImageIO.read(new ByteArrayInputStream(empty.toPng(300, 200))).getWidth()).isEqualTo(300);
    }

    @Test
    void phasesAreClippedToTheVisibleMonths() {
        var months = new Range(-1, 8);
        var phases = List.of(
                new Phase("hCG", -3, 2.0),
                Phase.ongoing("SERM", 1),
                new Phase("Aromatase inhibitor", 8.5, 10.0),
                new Phase("Earlier course", -6, -2.0),
                new Phase("Inside", 3, 4.5));

        var visible = TrendPlot.visiblePhases(phases, months);

        assertThat(visible).containsExactly(
                new TrendPlot.VisiblePhase("hCG", -1, 2),
                new TrendPlot.VisiblePhase("SERM", 1, 8),
                new TrendPlot.VisiblePhase("Inside", 3, 4.5));
    }

    @Test
    void aPhaseOutsideTheAxisLeavesNoLabelInTheDrawing() throws Exception {
        var chart = TrendChart.of("T", "Total testosterone", "ng/dL", List.of(new Point(2, 300, Flag.BELOW)))
                .withPhase(new Phase("Long-gone phase", -20, -15.0));

        assertThat(texts(parse(chart.toSvg(600, 300)))).doesNotContain("Long-gone phase");
    }

    @Test
    void theTimeAxisAlwaysShowsTheEndOfTreatment() {
        var onTreatment = TrendChart.of("T", "T", "ng/dL", List.of(new Point(-3, 500, Flag.IN_RANGE),
                new Point(-1, 520, Flag.IN_RANGE)));
        var later = TrendChart.of("T", "T", "ng/dL", List.of(new Point(4, 300, Flag.BELOW)));

        assertThat(TrendPlot.monthsRange(onTreatment).contains(0)).isTrue();
        assertThat(TrendPlot.monthsRange(onTreatment).getLowerBound()).isLessThan(-3);
        assertThat(TrendPlot.monthsRange(later).getLowerBound()).isLessThan(0);
        assertThat(TrendPlot.monthsRange(later).getUpperBound()).isGreaterThan(4);
    }

    @Test
    void theValueAxisTakesInTheBandAndThresholds() {
        var chart = TrendChart.of("T", "T", "ng/dL", List.of(new Point(1, 500, Flag.IN_RANGE)))
                .withReferenceBand(new Band(264.0, null, "Reference"))
                .withThreshold(900, "High");

        var values = TrendPlot.valuesRange(chart);

        assertThat(values.getLowerBound()).isLessThan(264);
        assertThat(values.getUpperBound()).isGreaterThan(900);
    }

    @Test
    void summaryNamesTheFlagOfTheLatestValueOnly() {
        var chart = TrendChart.of("Sleep", "Sleep", "h/night", List.of(new Point(0.5, 7, Flag.IN_RANGE),
                new Point(1.5, 5.5, Flag.BELOW)));
        var single = TrendChart.of("Weight", "Weight", "kg", List.of(new Point(-0.25, 82.4, Flag.NOT_JUDGED)));

        assertThat(chart.summary()).isEqualTo("Sleep, 2 values from 0.5 to 1.5 months; latest 5.5 h/night, below range");
        assertThat(single.summary()).isEqualTo("Weight, 1 value at -0.3 months; latest 82.4 kg");
    }

    @Test
    void aBandFlagsValuesOnEitherSideAndMayBeOpen() {
        var atLeastSix = new Band(6.0, null, "Guide");
        assertThat(atLeastSix.flag(5.9)).isEqualTo(Flag.BELOW);
        assertThat(atLeastSix.flag(6)).isEqualTo(Flag.IN_RANGE);
        assertThat(atLeastSix.flag(12)).isEqualTo(Flag.IN_RANGE);
        assertThat(new Band(null, 14.0, "Guide").flag(15)).isEqualTo(Flag.ABOVE);
        assertThatThrownBy(() -> new Band(null, null, "Nothing")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Phase("hCG", 3, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAbsurdSizes() {
        assertThatThrownBy(() -> TESTOSTERONE.toPng(10, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TESTOSTERONE.toSvg(100_000, 400)).isInstanceOf(IllegalArgumentException.class);
    }

    static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    static String firstText(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", localName);
        assertThat(nodes.getLength()).as(localName + " elements").isPositive();
        return nodes.item(0).getTextContent();
    }

    /** Every piece of text drawn, joined, so a label split over no elements is found whole. */
    static String texts(Document document) {
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        var all = new ArrayList<String>();
        for (int i = 0; i < nodes.getLength(); i++) {
            all.add(nodes.item(i).getTextContent());
        }
        return String.join("\n", all);
    }

    static long distinctColours(BufferedImage image) {
        var colours = new java.util.HashSet<Integer>();
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
