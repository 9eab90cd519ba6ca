package com.hpgdesk.lab;

import com.hpgdesk.base.InvalidInputException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Free and bioavailable testosterone calculated from total testosterone, SHBG and albumin by the
 * Vermeulen mass-action equation. With all concentrations in mol/L, N = 1 + K_alb·[Alb] and FT is the
 * positive root of K_SHBG·N·FT² + (N + K_SHBG·([SHBG] − [TT]))·FT − [TT] = 0; bioavailable T = N·FT.
 */
public final class CalculatedFreeTestosterone {

    public static final String CITATION = "Vermeulen A, Verdonck L, Kaufman JM. A critical evaluation of simple methods "
            + "for the estimation of free testosterone in serum. J Clin Endocrinol Metab. 1999;84(10):3666–3672.";

    /** Association constant of SHBG for testosterone, L/mol (Vermeulen 1999). */
    static final double K_SHBG = 1.0e9;
    /** Association constant of albumin for testosterone, L/mol (Vermeulen 1999). */
    static final double K_ALBUMIN = 3.6e4;
    static final double ALBUMIN_G_PER_MOL = 69_000;
    /** Vermeulen's assumed albumin when none is measured; the result says when it was used. */
    public static final Quantity DEFAULT_ALBUMIN = Quantity.of("4.3", Unit.G_PER_DL);

    /** Results are shown to a few digits; six significant digits keep them free of floating-point noise. */
    private static final MathContext RESULT = new MathContext(6);

    private final Marker totalTestosterone;
    private final Marker shbg;
    private final Marker albumin;
    private final Marker freeTestosterone;

    public CalculatedFreeTestosterone(MarkerCatalogue catalogue) {
        this.totalTestosterone = catalogue.get(MarkerKey.TOTAL_TESTOSTERONE);
        this.shbg = catalogue.get(MarkerKey.SHBG);
        this.albumin = catalogue.get(MarkerKey.ALBUMIN);
        this.freeTestosterone = catalogue.get(MarkerKey.FREE_TESTOSTERONE);
    }

    /**
     * The inputs as used (in any accepted unit), the outputs in the units clinicians compare with, and the
     * assumptions to show next to the number.
     *
     * @param albuminAssumed true when no albumin was measured and {@link #DEFAULT_ALBUMIN} was used
     * @param censoring {@link Censoring#EXACT}, or the bound every output is when total testosterone or SHBG
     *     was a limit of the assay (free T rises with total T and falls with SHBG)
     */
    public record Result(
            ReportedValue totalTestosterone,
            ReportedValue shbg,
            ReportedValue albumin,
            boolean albuminAssumed,
            Censoring censoring,
            Quantity freeNmolPerL,
            Quantity freePgPerMl,
            Quantity freeNgPerDl,
            BigDecimal freePercentOfTotal,
            Quantity bioavailableNgPerDl,
            List<String> assumptions,
            String citation) {
    }

    /**
     * @param measuredAlbumin null when none was measured: Vermeulen's 4.3 g/dL is used and the result says so
     * @throws InvalidInputException if an input is in a unit not accepted, impossible, or total testosterone is zero
     */
    public Result calculate(Quantity totalT, Quantity shbgValue, @Nullable Quantity measuredAlbumin) {
        return calculate(ReportedValue.exact(totalT), ReportedValue.exact(shbgValue),
                measuredAlbumin == null ? null : ReportedValue.exact(measuredAlbumin));
    }

    /**
     * From values that may be limits of the assay. Free and bioavailable T and the free fraction all rise
     * with total testosterone and fall with SHBG, so total T "&lt; 1 nmol/L" gives free T "&lt; …" and SHBG
     * "&gt; 180 nmol/L" gives free T "&lt; …" too. Albumin moves free and bioavailable T in opposite
     * directions, so a censored albumin gives no result.
     *
     * @throws InvalidInputException as {@link #calculate(Quantity, Quantity, Quantity)}, or when censored inputs
     *     leave the result unbounded (total T "&lt;" with SHBG "&lt;"), or albumin is censored
     */
    public Result calculate(ReportedValue totalT, ReportedValue shbgValue, @Nullable ReportedValue measuredAlbumin) {
        ReportedValue albuminValue = measuredAlbumin == null ? ReportedValue.exact(DEFAULT_ALBUMIN) : measuredAlbumin;
        totalTestosterone.requirePlausible(totalT);
        shbg.requirePlausible(shbgValue);
        albumin.requirePlausible(albuminValue);
        if (albuminValue.isCensored()) {
            throw InvalidInputException.of("albumin", "Albumin " + albuminValue + " is a limit of the assay: it lowers "
                    + "free and raises bioavailable testosterone, so no bound can be given.");
        }
        var inputs = new CensoredInputs("Free testosterone")
                .rising("total testosterone", totalT)
                .falling("SHBG", shbgValue);
        Censoring censoring = inputs.resultCensoring("totalTestosterone");

        double tt = totalTestosterone.convert(totalT.quantity(), Unit.NMOL_PER_L).value().doubleValue() * 1e-9;
        double shbgMolar = shbg.convert(shbgValue.quantity(), Unit.NMOL_PER_L).value().doubleValue() * 1e-9;
        double albuminMolar = albumin.convert(albuminValue.quantity(), Unit.G_PER_L).value().doubleValue() / ALBUMIN_G_PER_MOL;
        if (tt <= 0) {
            throw InvalidInputException.of("totalTestosterone", "Free testosterone cannot be calculated from a total testosterone of zero.");
        }
        if (albuminMolar <= 0) {
            throw InvalidInputException.of("albumin", "Free testosterone cannot be calculated from an albumin of zero.");
        }

        double n = 1 + K_ALBUMIN * albuminMolar;
        double a = K_SHBG * n;
        double b = n + K_SHBG * (shbgMolar - tt);
        // Positive root written as 2c / (−b − √disc) with c = −TT: no cancellation when b is large.
        double free = 2 * tt / (b + Math.sqrt(b * b + 4 * a * tt));
        double bioavailable = n * free;

        Quantity freeNmol = new Quantity(round(free * 1e9), Unit.NMOL_PER_L);
        Quantity bioNmol = new Quantity(round(bioavailable * 1e9), Unit.NMOL_PER_L);
        List<String> assumptions = new ArrayList<>(inputs.caveats(censoring));
        if (measuredAlbumin == null) {
            assumptions.add("Albumin not measured: the default of 4.3 g/dL was used.");
        }
        return new Result(totalT, shbgValue, albuminValue, measuredAlbumin == null, censoring,
                freeNmol,
                roundQuantity(freeTestosterone.convert(freeNmol, Unit.PG_PER_ML)),
                roundQuantity(totalTestosterone.convert(freeNmol, Unit.NG_PER_DL)),
                round(100 * free / tt),
                roundQuantity(totalTestosterone.convert(bioNmol, Unit.NG_PER_DL)),
                assumptions,
                CITATION);
    }

    private static BigDecimal round(double value) {
        return new BigDecimal(value, RESULT);
    }

    private static Quantity roundQuantity(Quantity quantity) {
        return new Quantity(quantity.value().round(RESULT), quantity.unit());
    }
}
