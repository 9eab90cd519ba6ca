package com.hpgdesk.lab;

import com.hpgdesk.base.InvalidInputException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Total testosterone over estradiol in the mass form, TT (ng/dL) ÷ E2 (pg/mL): 500 / 25 = 20. The
 * molar form gives different numbers, so the form travels with the value. Below 10 often prompts an
 * aromatase-inhibitor discussion in male infertility practice; that cut-off is the clinics' convention,
 * not a figure of the cited study, and the citation says so.
 */
public final class TestosteroneEstradiolRatio {

    public static final String FORM = "total testosterone (ng/dL) ÷ estradiol (pg/mL)";
    /** Checked against the paper's abstract (PubMed 11176482): who was studied and what the ratio was. */
    public static final String CITATION = "Pavlovich CP, King P, Goldstein M, Schlegel PN. Evidence of a treatable "
            + "endocrinopathy in infertile men. J Urol. 2001;165(3):837–841. Studied 63 men with severe male-factor "
            + "infertility (43 azoospermic, 20 oligospermic) against fertile controls: mean ratio 6.9 versus 14.5 in "
            + "this form (printed ×10⁻¹ in the paper); the aromatase inhibitor testolactone raised it, and sperm "
            + "concentration and motility rose in 12 oligospermic men. The cut-off of 10 is a practice convention, "
            + "not the study's.";
    static final String METHOD_NOT_STATED = "Estradiol method not stated: immunoassays read higher than LC-MS/MS "
            + "at male levels, which would make the ratio lower than with a sensitive assay.";

    private static final MathContext RESULT = new MathContext(6);

    private final Marker totalTestosterone;
    private final Marker estradiol;

    public TestosteroneEstradiolRatio(MarkerCatalogue catalogue) {
        this.totalTestosterone = catalogue.get(MarkerKey.TOTAL_TESTOSTERONE);
        this.estradiol = catalogue.get(MarkerKey.ESTRADIOL);
    }

    /**
     * @param censoring {@link Censoring#EXACT}, or the bound {@code ratio} is when an input was a limit of the
     *     assay: with estradiol "&lt; 5 pg/mL" the ratio is "&gt; TT/5"
     * @param caveats what to show next to the number: a bound's meaning, an estradiol of unknown method
     */
    public record Result(ReportedValue totalTestosterone, ReportedValue estradiol, Censoring censoring, BigDecimal ratio,
                         List<String> caveats, String form, String citation) {

        public Result {
            caveats = List.copyOf(caveats);
        }
    }

    /** @throws InvalidInputException if a unit is not accepted, a value is impossible, or estradiol is zero */
    public Result calculate(Quantity totalT, Quantity estradiolValue) {
        return calculate(ReportedValue.exact(totalT), ReportedValue.exact(estradiolValue), estradiol);
    }

    /**
     * The ratio from values that may be limits of the assay: a bound when they allow one, e.g. estradiol
     * "&lt; 5 pg/mL" with total testosterone 500 ng/dL gives "&gt; 100".
     *
     * @param estradiolMarker the sensitive estradiol, or estradiol of unknown method (the result says so)
     * @throws InvalidInputException if a unit is not accepted, a value is impossible, estradiol is zero, or the
     *     censored inputs leave the ratio unbounded (total testosterone "&lt;" and estradiol "&lt;")
     */
    public Result calculate(ReportedValue totalT, ReportedValue estradiolValue, Marker estradiolMarker) {
        totalTestosterone.requirePlausible(totalT);
        estradiolMarker.requirePlausible(estradiolValue);
        var inputs = new CensoredInputs("The ratio")
                .rising("total testosterone", totalT)
                .falling("estradiol", estradiolValue);
        Censoring censoring = inputs.resultCensoring("estradiol");
        BigDecimal tt = totalTestosterone.convert(totalT.quantity(), Unit.NG_PER_DL).value();
        BigDecimal e2 = estradiolMarker.convert(estradiolValue.quantity(), Unit.PG_PER_ML).value();
        if (e2.signum() == 0) {
            throw InvalidInputException.of("estradiol", "The testosterone/estradiol ratio cannot be calculated with an estradiol of zero.");
        }
        List<String> caveats = new ArrayList<>(inputs.caveats(censoring));
        if (!estradiolMarker.key().equals(estradiol.key())) {
            caveats.add(METHOD_NOT_STATED);
        }
        return new Result(totalT, estradiolValue, censoring, tt.divide(e2, RESULT), caveats, FORM, CITATION);
    }
}
