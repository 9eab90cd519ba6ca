package com.hpgdesk.review;

import java.math.BigDecimal;
import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The practice's settings for the review's flags ({@code hpg.review.*}, defaults in the README). The T/E2 cut-off
 * of 10 is the clinics' convention, not a study's (see {@code lab.TestosteroneEstradiolRatio}); hematocrit above
 * 52 % and the 8 weeks before labs count as overdue are the practice's own defaults, not cited cut-offs, which
 * is why they are settings.
 */
@Component
public class ReviewThresholds {

    private final Period labsOverdueAfter;
    private final BigDecimal hematocritAbovePercent;
    private final BigDecimal ratioBelow;
    private final Period lifestyleWithin;

    ReviewThresholds(@Value("${hpg.review.labs-overdue-after:P8W}") Period labsOverdueAfter,
                     @Value("${hpg.review.hematocrit-above-percent:52}") BigDecimal hematocritAbovePercent,
                     @Value("${hpg.review.testosterone-estradiol-ratio-below:10}") BigDecimal ratioBelow,
                     @Value("${hpg.review.lifestyle-within:P4W}") Period lifestyleWithin) {
        this.labsOverdueAfter = labsOverdueAfter;
        this.hematocritAbovePercent = hematocritAbovePercent;
        this.ratioBelow = ratioBelow;
        this.lifestyleWithin = lifestyleWithin;
    }

    public static ReviewThresholds standard() {
        return new ReviewThresholds(Period.ofWeeks(8), new BigDecimal("52"), BigDecimal.TEN, Period.ofWeeks(4));
    }

    public Period labsOverdueAfter() {
        return labsOverdueAfter;
    }

    public BigDecimal hematocritAbovePercent() {
        return hematocritAbovePercent;
    }

    public BigDecimal ratioBelow() {
        return ratioBelow;
    }

    public Period lifestyleWithin() {
        return lifestyleWithin;
    }
}
