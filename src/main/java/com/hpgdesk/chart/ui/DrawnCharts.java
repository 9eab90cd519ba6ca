package com.hpgdesk.chart.ui;

import com.hpgdesk.chart.ChartDrawing;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pictures already drawn, by content: the same chart at the same size is drawn once while it is among the
 * most recently shown. Charts are records, so two views of one patient's unchanged data find the same
 * picture, and a changed value is a different key. Bounded, so that it never grows with the practice.
 */
final class DrawnCharts {

    private static final int KEPT = 256;

    private record Key(ChartDrawing chart, int width, int height) {
    }

    private static final Map<Key, byte[]> RECENT = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
            return size() > KEPT;
        }
    };

    private DrawnCharts() {
    }

    static byte[] svg(ChartDrawing chart, int width, int height) {
        var key = new Key(chart, width, height);
        synchronized (RECENT) {
            byte[] drawn = RECENT.get(key);
            if (drawn != null) {
                return drawn;
            }
        }
        // Drawn outside the lock: two sessions asking for different charts do not wait for each other.
        byte[] drawn = chart.toSvg(width, height).getBytes(StandardCharsets.UTF_8);
        synchronized (RECENT) {
            RECENT.put(key, drawn);
        }
        return drawn;
    }
}
