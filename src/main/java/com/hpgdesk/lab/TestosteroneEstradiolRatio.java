package com.hpgdesk.lab;

import com.hpgdesk.base.InvalidInputException;
import java.math.BigDecimal;
import java.math.MathContext;

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

    private static final MathContext RESULT = new MathContext(6);

    private final Marker totalTestosterone;
    private final Marker estradiol;

    public TestosteroneEstradiolRatio(MarkerCatalogue catalogue) {
        this.totalTestosterone = catalogue.get(MarkerKey.TOTAL_TESTOSTERONE);
        this.estradiol = catalogue.get(MarkerKey.ESTRADIOL);
    }

    public record Result(Quantity totalTestosterone, Quantity estradiol, BigDecimal ratio, String form, String citation) {
    }

    /** @throws InvalidInputException if a unit is not accepted, a value is impossible, or estradiol is zero */
    public Result calculate(Quantity totalT, Quantity estradiolValue) {
        totalTestosterone.requirePlausible(totalT);
        estradiol.requirePlausible(estradiolValue);
        BigDecimal tt = totalTestosterone.convert(totalT, Unit.NG_PER_DL).value();
        BigDecimal e2 = estradiol.convert(estradiolValue, Unit.PG_PER_ML).value();
        if (e2.signum() == 0) {
            throw InvalidInputException.of("estradiol", "The testosterone/estradiol ratio cannot be calculated with an estradiol of zero.");
        }
        return new Result(totalT, estradiolValue, tt.divide(e2, RESULT), FORM, CITATION);
    }
}
