package com.hpgdesk.chart;

import static com.hpgdesk.chart.TrendChartTest.distinctColours;
import static com.hpgdesk.chart.TrendChartTest.firstText;
import static com.hpgdesk.chart.TrendChartTest.parse;
import static com.hpgdesk.chart.TrendChartTest.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.chart.RecoveryChart.Criterion;
import com.hpgdesk.chart.RecoveryChart.Expectation;
import com.hpgdesk.chart.RecoveryChart.Milestone;
import com.hpgdesk.chart.RecoveryChart.Panel;
import com.hpgdesk.chart.RecoveryChart.Reading;
import com.hpgdesk.chart.TrendChart.CurvePoint;
import com.hpgdesk.chart.TrendChart.Phase;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class RecoveryChartTest {

    private static final Expectation SPERM_CURVE = new Expectation(
            "% of men with sperm ≥ 20 million/mL (Liu 2006): published points, joined by monotone interpolation",
            "% of men recovered", "of men had sperm ≥ 20 million/mL (Liu 2006)",
            List.of(new CurvePoint(0, 0), new CurvePoint(6, 67), new CurvePoint(12, 90), new CurvePoint(24, 100)),
            List.of(new CurvePoint(6, 67), new CurvePoint(12, 90), new CurvePoint(24, 100)));

    private static final RecoveryChart CHART = new RecoveryChart("Recovery since the end of treatment", List.of(
            Panel.of("Total testosterone", "ng/dL", List.of(Reading.exact(-0.7, 890), Reading.exact(1, 95),
                            Reading.exact(4.3, 355), Reading.exact(6.6, 470)))
                    .withCriterion(new Criterion(340, "> 340 ng/dL", "Hormonal recovery criteria (Lykhonosov 2020)"))
                    .withMilestone(new Milestone(3, "3 mo", "3 mo: most men met them (Lykhonosov 2020)"))
                    .withMilestone(new Milestone(6, "6 mo", "3 mo: most men met them (Lykhonosov 2020)")),
            Panel.of("LH", "IU/L", List.of(new Reading(1, 0.2, Censoring.BELOW_LIMIT), Reading.exact(4.3, 3.4),
                            Reading.exact(6.6, 4.8)))
                    .withCriterion(new Criterion(1.24, "> 1.24 IU/L", "Hormonal recovery criteria (Lykhonosov 2020)")),
            Panel.of("Sperm concentration", "million/mL", List.of(Reading.exact(4.3, 6.5), Reading.exact(6.6, 18)))
                    .withCriterion(new Criterion(20, "20 million/mL", "Sperm recovery threshold (Liu 2006)"))
                    .withExpectation(SPERM_CURVE)),
            List.of(new Phase("hCG", 0.1, 3.0), new Phase("SERM", 0.1, 5.5), new Phase("Aromatase inhibitor", 1.5, 2.5)),
            List.of("Hormonal criteria: Lykhonosov MP et al. Problems of Endocrinology. 2020;66(1):104-12.",
                    "Sperm recovery: Liu PY et al. Lancet. 2006;367(9520):1412-20."));

    @Test
    void theSvgNamesEveryPanelLineSourceAndPhaseAsText() throws Exception {
        var document = parse(CHART.toSvg(RecoveryChart.DEFAULT_WIDTH, RecoveryChart.DEFAULT_HEIGHT));

        assertThat(document.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(firstText(document, "title")).isEqualTo("Recovery since the end of treatment");
        assertThat(firstText(document, "desc")).isEqualTo(CHART.summary());
        assertThat(texts(document)).contains("Total testosterone", "LH", "Sperm concentration", "ng/dL", "IU/L",
                "million/mL", "% of men recovered", "Months since end of treatment",
                "> 340 ng/dL", "> 1.24 IU/L", "20 million/mL", "3 mo", "6 mo",
                "hCG", "SERM", "Aromatase inhibitor",
                "Patient's values", "Beyond the lab's limit, e.g. \"< 0.2\"", "End of treatment (month 0)",
                "Hormonal recovery criteria (Lykhonosov 2020)", "Sperm recovery threshold (Liu 2006)",
                "(Liu 2006): published points, joined by monotone interpolation",
                "Lancet. 2006;367(9520):1412-20.", "Problems of Endocrinology. 2020;66(1):104-12.");
    }

    @Test
    void panelsShareOneTimeAxisWithTheProtocolLaneBeneath() {
        var plot = combined(RecoveryPlot.build(CHART));

        assertThat(plot.getSubplots()).hasSize(4);
        XYPlot lane = plot.getSubplots().getLast();
        assertThat(lane.getAnnotations()).filteredOn(org.jfree.chart.annotations.XYBoxAnnotation.class::isInstance)
                .hasSize(3);
        assertThat(lane.getRangeAxis().getRange().getLength()).isEqualTo(3);
        assertThat(plot.getDomainAxis().getRange().getUpperBound()).isGreaterThan(12);
        assertThat(plot.getSubplots().get(2).getRangeAxis(1).getLabel()).isEqualTo("% of men recovered");
        assertThat(plot.getSubplots().get(2).getRangeAxis(1).getRange().getUpperBound()).isGreaterThanOrEqualTo(100);
    }

    @Test
    void withoutPhasesThereIsNoLane() {
        var bare = new RecoveryChart("R", CHART.panels(), List.of(), List.of());

        assertThat(combined(RecoveryPlot.build(bare)).getSubplots()).hasSize(3);
        assertThat(bare.summary()).endsWith("No protocol phases recorded.");
    }

    @Test
    void aValueBelowALabsLimitIsAnOpenMarkerWithAnArrowDownAndRoomBelowZero() {
        XYPlot lh = combined(RecoveryPlot.build(CHART)).getSubplots().get(1);

        var arrows = lh.getAnnotations().stream().filter(CensoredArrow.class::isInstance)
                .map(CensoredArrow.class::cast).toList();
        assertThat(arrows).singleElement().satisfies(arrow -> assertThat(arrow.pointsDown()).isTrue());
        var renderer = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) lh.getRenderer();
        assertThat(renderer.getItemFillPaint(0, 0)).isEqualTo(Color.WHITE);
        assertThat(renderer.getItemFillPaint(0, 1)).isEqualTo(ChartStyle.BLUE);
        assertThat(lh.getRangeAxis().getLowerBound()).isNegative();
        assertThat(combined(RecoveryPlot.build(CHART)).getSubplots().getFirst().getRangeAxis().getLowerBound()).isZero();
    }

    @Test
    void aValueAboveALabsLimitPointsUp() {
        var high = new RecoveryChart("R", List.of(Panel.of("Total testosterone", "ng/dL",
                List.of(new Reading(-1, 1500, Censoring.ABOVE_LIMIT)))), List.of(), List.of());

        XYPlot panel = combined(RecoveryPlot.build(high)).getSubplots().getFirst();

        assertThat(panel.getAnnotations()).filteredOn(CensoredArrow.class::isInstance).singleElement()
                .satisfies(arrow -> assertThat(((CensoredArrow) arrow).pointsDown()).isFalse());
        assertThat(high.summary()).isEqualTo("Total testosterone: 1 value; latest > 1500 ng/dL at -1 months."
                + " No protocol phases recorded.");
        assertThatThrownBy(() -> new CensoredArrow(1, 2, Censoring.EXACT, Color.BLUE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLegendNamesEachSourceOnceAndExplainsOpenMarkersOnlyWhenThereAreAny() {
        var labels = legend(CHART);
        var exactOnly = new RecoveryChart("R", List.of(CHART.panels().getFirst()), List.of(), List.of());

        assertThat(labels).containsExactly("Patient's values", "Beyond the lab's limit, e.g. \"< 0.2\"",
                "End of treatment (month 0)", "Hormonal recovery criteria (Lykhonosov 2020)",
                "Sperm recovery threshold (Liu 2006)", "3 mo: most men met them (Lykhonosov 2020)",
                SPERM_CURVE.legend());
        assertThat(legend(exactOnly)).doesNotContain("Beyond the lab's limit, e.g. \"< 0.2\"");
        assertThat(CHART.hasCensoredReadings()).isTrue();
        assertThat(exactOnly.hasCensoredReadings()).isFalse();
    }

    @Test
    void theTimeAxisReachesAYearAndLooksBackAtMostSixMonths() {
        var longAgo = new RecoveryChart("R", List.of(Panel.of("LH", "IU/L", List.of(Reading.exact(-30, 0.1),
                Reading.exact(2, 1.5)))), List.of(), List.of());
        var late = new RecoveryChart("R", List.of(Panel.of("LH", "IU/L", List.of(Reading.exact(18, 5)))),
                List.of(new Phase("SERM", 1, 20.0)), List.of());

        var months = RecoveryPlot.monthsRange(longAgo);
        assertThat(months.getLowerBound()).isBetween(-7.0, RecoveryPlot.EARLIEST_MONTH);
        assertThat(months.getUpperBound()).isGreaterThan(RecoveryPlot.AT_LEAST_UNTIL_MONTH);
        assertThat(RecoveryPlot.monthsRange(late).getUpperBound()).isGreaterThan(20);
        assertThat(RecoveryPlot.monthsRange(late).getLowerBound()).isLessThan(0);
    }

    @Test
    void anEmptyPanelSaysSoAndTheExpectationStillShows() throws Exception {
        var empty = new RecoveryChart("R", List.of(Panel.of("Sperm concentration", "million/mL", List.of())
                .withExpectation(SPERM_CURVE)), List.of(), List.of());

        assertThat(texts(parse(empty.toSvg(600, 300)))).contains(TrendPlot.NO_VALUES, "% of men recovered");
        assertThat(empty.summary()).startsWith("Sperm concentration: no values yet.");
        assertThatThrownBy(() -> new RecoveryChart("R", List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theExpectedCurveIsReadBetweenItsPointsAndFlatBeyondThem() {
        assertThat(SPERM_CURVE.valueAt(-1)).isZero();
        assertThat(SPERM_CURVE.valueAt(9)).isEqualTo(78.5);
        assertThat(SPERM_CURVE.valueAt(40)).isEqualTo(100);
        assertThat(CHART.summary()).contains("Expected by 6.6 months: 69 % of men had sperm ≥ 20 million/mL (Liu 2006).");
    }

    @Test
    void thePrintableDrawingFillsItsAreaOfAnyGraphics() throws Exception {
        var image = new BufferedImage(900, 800, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.BLACK);
        graphics.fillRect(0, 0, 900, 800);
        CHART.draw(graphics, new Rectangle2D.Double(0, 0, 760, 780));
        graphics.dispose();

        assertThat(image.getRGB(5, 5) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(image.getRGB(850, 400) & 0xFFFFFF).as("right of the area stays untouched").isZero();
        assertThat(distinctColours(image)).isGreaterThan(20);
        var png = ImageIO.read(new ByteArrayInputStream(CHART.toPng(760, 780)));
        assertThat(png.getWidth()).isEqualTo(760);
    }

    @Test
    void labelsWithMarkupStayText() throws Exception {
        var chart = new RecoveryChart("<b>R</b>", List.of(Panel.of("<script>x</script>", "IU/L",
                List.of(Reading.exact(1, 2)))), List.of(new Phase("<img src=x>", 0, 1.0)), List.of("a & b"));

        String svg = chart.toSvg(600, 400);

        assertThat(svg).doesNotContain("<script", "<img").contains("&lt;script&gt;");
        assertThat(texts(parse(svg))).contains("<script>x</script>", "<img src=x>", "a & b");
    }

    @Test
    void negativeTicksUnderZeroAreBlank() {
        var format = new NonNegativeFormat();

        assertThat(format.format(-0.5)).isEmpty();
        assertThat(format.format(-2L)).isEmpty();
        assertThat(format.format(1000)).isEqualTo("1,000");
        assertThat(format.format(1.25)).isEqualTo("1.25");
    }

    private static CombinedDomainXYPlot combined(JFreeChart chart) {
        return (CombinedDomainXYPlot) chart.getPlot();
    }

    private static List<String> legend(RecoveryChart chart) {
        var items = combined(RecoveryPlot.build(chart)).getLegendItems();
        return IntStream.range(0, items.getItemCount()).mapToObj(items::get).map(LegendItem::getLabel).toList();
    }
}
