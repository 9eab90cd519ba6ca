/** The chart as a Vaadin component, with a text alternative for screen readers. */
@NullMarked
package com.hpgdesk.chart.ui;

import org.jspecify.annotations.NullMarked;
