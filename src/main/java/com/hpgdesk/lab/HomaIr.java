package com.hpgdesk.lab;

import com.hpgdesk.base.InvalidInputException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Homeostasis model assessment of insulin resistance from fasting glucose and insulin. Glucose reported
 * in mmol/L uses the mmol/L form (÷ 22.5), otherwise mg/dL (÷ 405), so the number matches what a lab
 * using the same units would print. Cut-offs vary by population; above 2.0–2.5 is commonly read as
 * insulin resistance. The model is defined for fasting samples only: glucose or insulin of unknown timing
 * (the generic markers of the catalogue) never enters it.
 */
public final class HomaIr {

    public static final String CITATION = "Matthews DR, Hosker JP, Rudenski AS, et al. Homeostasis model assessment: "
            + "insulin resistance and β-cell function from fasting plasma glucose and insulin concentrations in man. "
            + "Diabetologia. 1985;28(7):412–419.";

    static final String MG_PER_DL_FORM = "glucose (mg/dL) × insulin (µIU/mL) ÷ 405";
    static final String MMOL_PER_L_FORM = "glucose (mmol/L) × insulin (µIU/mL) ÷ 22.5";

    private static final BigDecimal MG_PER_DL_DIVISOR = new BigDecimal("405");
    private static final BigDecimal MMOL_PER_L_DIVISOR = new BigDecimal("22.5");
    private static final MathContext RESULT = new MathContext(6);

    private final Marker glucose;
    private final Marker insulin;

    public HomaIr(MarkerCatalogue catalogue) {
        this.glucose = catalogue.get(MarkerKey.FASTING_GLUCOSE);
        this.insulin = catalogue.get(MarkerKey.FASTING_INSULIN);
    }

    /**
     * @param censoring {@link Censoring#EXACT}, or the bound {@code value} is when an input was a limit of the assay
     * @param caveats what a bound means, to show next to the number
     * @param form the formula used, to show on screen
     */
    public record Result(ReportedValue fastingGlucose, ReportedValue fastingInsulin, Censoring censoring, BigDecimal value,
                         List<String> caveats, String form, String citation) {

        public Result {
            caveats = List.copyOf(caveats);
        }
    }

    /** @throws InvalidInputException if a unit is not accepted or a value is impossible */
    public Result calculate(Quantity fastingGlucose, Quantity fastingInsulin) {
        return calculate(ReportedValue.exact(fastingGlucose), ReportedValue.exact(fastingInsulin));
    }

    /**
     * HOMA-IR rises with both inputs, so an insulin "&lt; 2" gives "HOMA-IR &lt; …"; an insulin "&lt;" with a
     * glucose "&gt;" bounds nothing.
     *
     * @throws InvalidInputException if a unit is not accepted, a value is impossible, or the censored inputs
     *     pull opposite ways
     */
    public Result calculate(ReportedValue fastingGlucose, ReportedValue fastingInsulin) {
        glucose.requirePlausible(fastingGlucose);
        insulin.requirePlausible(fastingInsulin);
        var inputs = new CensoredInputs("HOMA-IR")
                .rising("fasting glucose", fastingGlucose)
                .rising("fasting insulin", fastingInsulin);
        Censoring censoring = inputs.resultCensoring("insulin");
        BigDecimal insulinMicro = insulin.convert(fastingInsulin.quantity(), Unit.UIU_PER_ML).value();
        boolean molar = fastingGlucose.unit() == Unit.MMOL_PER_L;
        BigDecimal glucoseValue = glucose.convert(fastingGlucose.quantity(), molar ? Unit.MMOL_PER_L : Unit.MG_PER_DL).value();
        BigDecimal value = glucoseValue.multiply(insulinMicro).divide(molar ? MMOL_PER_L_DIVISOR : MG_PER_DL_DIVISOR, RESULT);
        return new Result(fastingGlucose, fastingInsulin, censoring, value, inputs.caveats(censoring),
                molar ? MMOL_PER_L_FORM : MG_PER_DL_FORM, CITATION);
    }
}
