/**
 * One chart drawing for both the page and the PDF handouts: a {@link com.hpgdesk.chart.TrendChart} is
 * drawn through Graphics2D, so the SVG on the screen and the vectors in a handout look the same. The
 * input is plain numbers and words; this package knows nothing of labs or lifestyle.
 */
@NullMarked
package com.hpgdesk.chart;

import org.jspecify.annotations.NullMarked;
