package com.hpgdesk.chart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.chart.TrendChart;
import com.hpgdesk.chart.TrendChart.Flag;
import com.hpgdesk.chart.TrendChart.Point;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartImageTest {

    private static final TrendChart SLEEP = TrendChart.of("Sleep", "Sleep", "h/night",
            List.of(new Point(0.5, 7, Flag.IN_RANGE), new Point(1.5, 5.5, Flag.BELOW)));

    @Test
    void showsTheSvgWithAnAlternativeTextThatSaysWhatItShows() {
        var chart = new ChartImage(SLEEP);

        assertThat(chart.getAltText())
                .isEqualTo("Sleep. Sleep, 2 values from 0.5 to 1.5 months; latest 5.5 h/night, below range");
        assertThat(chart.getElement().getTag()).isEqualTo("img");
        assertThat(chart.getElement().getAttribute("alt")).isEqualTo(chart.getAltText());
        String src = chart.getElement().getAttribute("src");
        assertThat(src).startsWith("data:image/svg+xml;base64,");
        String svg = new String(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)),
                StandardCharsets.UTF_8);
        assertThat(svg).isEqualTo(chart.getSvg()).contains("<title id=\"chart-title\">Sleep</title>");
    }

    @Test
    void aNewChartReplacesPictureAndWords() {
        var chart = new ChartImage(SLEEP, 400, 240);
        String before = chart.getSvg();

        chart.setChart(TrendChart.of("Weight", "Weight", "kg", List.of()));

        assertThat(chart.getSvg()).isNotEqualTo(before).contains("No values yet");
        assertThat(chart.getAltText()).isEqualTo("Weight. Weight: no values yet");
    }
}
