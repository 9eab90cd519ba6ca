package com.hpgdesk.assessment.curve;

import com.hpgdesk.lab.Quantity;
import com.hpgdesk.lab.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * How many men's sperm concentration has recovered to at least 20 ×10^6/mL by a given month after the end of
 * treatment, from the pooled analysis of Liu et al. (Lancet 2006: 1,549 men in 30 hormonal male contraception
 * studies, Kaplan-Meier and Cox analyses). The paper reports the probability at 6, 12, 16 and 24 months and the
 * median time (3.4 months, i.e. 50 %); those are the published points here.
 *
 * <p>Between them this class draws a <em>monotone cubic interpolation</em> (Fritsch-Carlson, with the
 * Fritsch-Butland slopes): it passes through every published point, never falls, never overshoots a
 * neighbouring point, and needs no parameter beyond the points themselves. It starts at 0 % at month 0 (no
 * one has recovered when treatment ends) and stays at 100 % after 24 months. Values between the points are
 * therefore the app's interpolation, not the paper's; charts say so in their legend.
 */
public final class SpermRecoveryCurve {

    public static final Citation SOURCE = new Citation("Liu 2006",
            "Liu PY, Swerdloff RS, Christenson PD, Handelsman DJ, Wang C; Hormonal Male Contraception Summit Group. "
                    + "Rate, extent, and modifiers of spermatogenic recovery after hormonal male contraception: "
                    + "an integrated analysis. Lancet. 2006;367(9520):1412-20.",
            "10.1016/S0140-6736(06)68614-5");

    /** The concentration the probabilities refer to: the pooled analysis's marker of restored fertility. */
    public static final Quantity THRESHOLD = Quantity.of("20", Unit.MILLION_PER_ML);

    /** A figure of the paper: by {@code months} after the end of treatment, {@code percent} of men had recovered. */
    public record PublishedPoint(double months, double percent, String reported) {
    }

    private static final List<PublishedPoint> PUBLISHED = List.of(
            new PublishedPoint(3.4, 50, "median time to 20 ×10^6/mL, 3.4 months (95 % CI 3.2-3.5)"),
            new PublishedPoint(6, 67, "67 % (61-72) within 6 months"),
            new PublishedPoint(12, 90, "90 % (85-93) within 12 months"),
            new PublishedPoint(16, 96, "96 % (92-98) within 16 months"),
            new PublishedPoint(24, 100, "100 % within 24 months"));

    private static final double[] MONTHS;
    private static final double[] PERCENT;
    private static final double[] SLOPES;

    static {
        int n = PUBLISHED.size() + 1;
        MONTHS = new double[n];
        PERCENT = new double[n];
        for (int i = 1; i < n; i++) {
            MONTHS[i] = PUBLISHED.get(i - 1).months();
            PERCENT[i] = PUBLISHED.get(i - 1).percent();
        }
        SLOPES = fritschButlandSlopes(MONTHS, PERCENT);
    }

    private SpermRecoveryCurve() {
    }

    public static List<PublishedPoint> published() {
        return PUBLISHED;
    }

    /** The last published month: from here on every man in the analysis had recovered. */
    public static double fullRecoveryMonths() {
        return PUBLISHED.getLast().months();
    }

    /** Percent of men recovered to 20 ×10^6/mL by {@code months} after the end of treatment, interpolated. */
    public static double percentRecoveredBy(double months) {
        if (months <= 0) {
            return 0;
        }
        int last = MONTHS.length - 1;
        if (months >= MONTHS[last]) {
            return PERCENT[last];
        }
        int k = 0;
        while (months > MONTHS[k + 1]) {
            k++;
        }
        double h = MONTHS[k + 1] - MONTHS[k];
        double t = (months - MONTHS[k]) / h;
        double t2 = t * t;
        double t3 = t2 * t;
        return (2 * t3 - 3 * t2 + 1) * PERCENT[k] + (t3 - 2 * t2 + t) * h * SLOPES[k]
                + (-2 * t3 + 3 * t2) * PERCENT[k + 1] + (t3 - t2) * h * SLOPES[k + 1];
    }

    /** The curve sampled every {@code stepMonths} from 0 to {@code untilMonths}, for drawing. */
    public static List<double[]> sampled(double stepMonths, double untilMonths) {
        if (stepMonths <= 0 || untilMonths <= 0) {
            throw new IllegalArgumentException("Step and end must be positive");
        }
        var points = new ArrayList<double[]>();
        int steps = (int) Math.ceil(untilMonths / stepMonths);
        for (int i = 0; i <= steps; i++) {
            double month = Math.min(untilMonths, i * stepMonths);
            points.add(new double[] {month, percentRecoveredBy(month)});
        }
        return points;
    }

    /**
     * Slopes at each point that keep a cubic Hermite curve monotone: zero where the data turn or flatten
     * (the 100 % plateau ends the curve flat), a weighted harmonic mean of the neighbouring secants inside,
     * the first secant at the start.
     */
    private static double[] fritschButlandSlopes(double[] x, double[] y) {
        int n = x.length;
        double[] h = new double[n - 1];
        double[] secant = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            h[i] = x[i + 1] - x[i];
            secant[i] = (y[i + 1] - y[i]) / h[i];
        }
        double[] slopes = new double[n];
        slopes[0] = secant[0];
        slopes[n - 1] = 0;
        for (int i = 1; i < n - 1; i++) {
            if (secant[i - 1] * secant[i] <= 0) {
                slopes[i] = 0;
            } else {
                slopes[i] = 3 * (h[i - 1] + h[i])
                        / ((2 * h[i] + h[i - 1]) / secant[i - 1] + (h[i] + 2 * h[i - 1]) / secant[i]);
            }
        }
        return slopes;
    }
}
