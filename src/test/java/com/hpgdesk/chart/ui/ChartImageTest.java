package com.hpgdesk.chart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.chart.TrendChart;
import com.hpgdesk.chart.TrendChart.Flag;
import com.hpgdesk.chart.TrendChart.Point;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartImageTest extends com.vaadin.browserless.BrowserlessTest {

    private static final TrendChart SLEEP = TrendChart.of("Sleep", "Sleep", "h/night",
            List.of(new Point(0.5, 7, Flag.IN_RANGE), new Point(1.5, 5.5, Flag.BELOW)));

    @Test
    void showsTheSvgWithAnAlternativeTextThatSaysWhatItShows() {
        var chart = new ChartImage(SLEEP);

        assertThat(chart.getAltText())
                .isEqualTo("Sleep. Sleep, 2 values from 0.5 to 1.5 months; latest 5.5 h/night, below range");
        assertThat(chart.getElement().getTag()).isEqualTo("img");
        assertThat(chart.getElement().getAttribute("alt")).isEqualTo(chart.getAltText());
        assertThat(chart.getSvg()).contains("<title id=\"chart-title\">Sleep</title>");
    }

    @Test
    void thePictureIsNotCarriedInThePageButServedOnRequest() {
        var chart = new ChartImage(SLEEP);

        // A data URL would put the whole drawing, base64-encoded, into the session and every page update.
        assertThat(chart.getElement().getAttribute("src")).doesNotStartWith("data:");
        assertThat(chart.getElement().getAttributeNames()).contains("src");
    }

    @Test
    void aNewChartReplacesPictureAndWords() {
        var chart = new ChartImage(SLEEP, 400, 240);
        String before = chart.getSvg();

        chart.setChart(TrendChart.of("Weight", "Weight", "kg", List.of()));

        assertThat(chart.getSvg()).isNotEqualTo(before).contains("No values yet");
        assertThat(chart.getAltText()).isEqualTo("Weight. Weight: no values yet");
    }

    @Test
    void theSameChartIsDrawnOnceAndAChangedValueIsDrawnAnew() {
        var same = TrendChart.of("Sleep", "Sleep", "h/night",
                List.of(new Point(0.5, 7, Flag.IN_RANGE), new Point(1.5, 5.5, Flag.BELOW)));
        var changed = TrendChart.of("Sleep", "Sleep", "h/night",
                List.of(new Point(0.5, 7, Flag.IN_RANGE), new Point(1.5, 6.5, Flag.IN_RANGE)));

        byte[] first = DrawnCharts.svg(SLEEP, 300, 200);

        assertThat(DrawnCharts.svg(same, 300, 200)).isSameAs(first);
        assertThat(DrawnCharts.svg(SLEEP, 301, 200)).isNotSameAs(first);
        assertThat(new String(DrawnCharts.svg(changed, 300, 200), java.nio.charset.StandardCharsets.UTF_8))
                .isNotEqualTo(new String(first, java.nio.charset.StandardCharsets.UTF_8)).contains("6.5");
    }
}
