package com.hpgdesk.assessment.engine;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every input a rules file may name, with the canonical unit its thresholds must be written in. Lab keys
 * match the lab marker catalogue's keys and lifestyle keys match the weekly lifestyle measures, so the
 * service maps them by name; the engine itself depends on neither.
 */
public enum AssessmentInput {
    TOTAL_TESTOSTERONE(Source.LAB, "Total testosterone", "ng/dL", 0),
    FREE_TESTOSTERONE(Source.LAB, "Free testosterone (measured)", "pg/mL", 1),
    LH(Source.LAB, "LH", "IU/L", 2),
    FSH(Source.LAB, "FSH", "IU/L", 1),
    ESTRADIOL(Source.LAB, "Estradiol", "pg/mL", 1),
    SHBG(Source.LAB, "SHBG", "nmol/L", 0),
    PROLACTIN(Source.LAB, "Prolactin", "ng/mL", 1),
    HS_CRP(Source.LAB, "hs-CRP", "mg/L", 1),
    IL6(Source.LAB, "IL-6", "pg/mL", 1),
    FASTING_GLUCOSE(Source.LAB, "Fasting glucose", "mg/dL", 0),
    FASTING_INSULIN(Source.LAB, "Fasting insulin", "µIU/mL", 1),
    HBA1C(Source.LAB, "HbA1c", "%", 1),
    VITAMIN_D_25OH(Source.LAB, "25-OH vitamin D", "ng/mL", 0),
    ZINC(Source.LAB, "Zinc (serum)", "µg/dL", 0),
    MAGNESIUM(Source.LAB, "Magnesium", "mg/dL", 1),
    CORTISOL_AM(Source.LAB, "Morning cortisol", "µg/dL", 1),
    SPERM_CONCENTRATION(Source.LAB, "Sperm concentration", "10^6/mL", 1),
    /**
     * Vermeulen 1999 from total testosterone and SHBG of one day (albumin of that day, else 4.3 g/dL): worked
     * out by the caller with the lab feature's calculation and handed in as a result, with how it was made.
     */
    CALCULATED_FREE_TESTOSTERONE(Source.LAB, "Free testosterone (calculated)", "pg/mL", 1),
    /** Matthews 1985: fasting glucose (mg/dL) × fasting insulin (µIU/mL) / 405, from samples of one day. */
    HOMA_IR(Source.DERIVED, "HOMA-IR", "index", 2),
    /** Total testosterone (ng/dL) / estradiol (pg/mL), from samples of one day. */
    T_E2_RATIO(Source.DERIVED, "Testosterone/estradiol ratio", "ratio", 1),
    FIBRE(Source.LIFESTYLE, "Fibre", "g/day", 0),
    FERMENTABLE_FIBRE(Source.LIFESTYLE, "Fermentable fibre", "g/day", 1),
    GLYCAEMIC_LOAD(Source.LIFESTYLE, "Glycaemic load", "GL/day", 0),
    OMEGA3_SERVINGS(Source.LIFESTYLE, "Omega-3 rich servings", "servings/week", 0),
    POLYPHENOL_SERVINGS(Source.LIFESTYLE, "Polyphenol-rich servings", "servings/day", 1),
    ADDED_SUGAR(Source.LIFESTYLE, "Added sugar", "g/day", 0),
    SATURATED_FAT(Source.LIFESTYLE, "Saturated fat", "g/day", 0),
    PROCESSED_FOOD_SERVINGS(Source.LIFESTYLE, "Processed-food servings", "servings/week", 0),
    ALCOHOL_DRINKS(Source.LIFESTYLE, "Alcohol", "drinks/week", 0),
    FERMENTED_FOOD_SERVINGS(Source.LIFESTYLE, "Fermented-food servings", "servings/week", 0),
    RESISTANCE_SESSIONS(Source.LIFESTYLE, "Resistance sessions", "sessions/week", 0),
    MODERATE_MINUTES(Source.LIFESTYLE, "Moderate activity", "min/week", 0),
    VIGOROUS_MINUTES(Source.LIFESTYLE, "Vigorous or endurance activity", "min/week", 0),
    ENDURANCE_MINUTES(Source.LIFESTYLE, "Endurance training", "min/week", 0),
    CALORIE_DEFICIT(Source.LIFESTYLE, "Calorie deficit", "kcal/day", 0),
    WEIGHT_LOST(Source.LIFESTYLE, "Weight lost over 4 weeks", "kg", 1),
    SLEEP_HOURS(Source.LIFESTYLE, "Sleep", "h/night", 1),
    STRESS(Source.LIFESTYLE, "Stress rating", "0-10", 0),
    /** Cohen's Perceived Stress Scale, 10 items about the past month, 0-40; never read against the 0-10 rating. */
    PSS10(Source.LIFESTYLE, "PSS-10 score", "points", 0),
    WAIST(Source.LIFESTYLE, "Waist", "cm", 0),
    BMI(Source.LIFESTYLE, "BMI", "kg/m²", 1),
    ENERGY_DEFICIT(Source.ANSWER, "Calorie deficit or rapid weight loss", "yes/no", 0),
    FREQUENT_GI_SYMPTOMS(Source.ANSWER, "Frequent GI symptoms", "yes/no", 0),
    SUSPECTED_SLEEP_APNOEA(Source.ANSWER, "Suspected sleep apnoea", "yes/no", 0);

    /** Where a value comes from: a lab result, a figure worked out from lab results, or a lifestyle week. */
    public enum Source { LAB, DERIVED, LIFESTYLE, ANSWER }

    private final Source source;
    private final String label;
    private final String unit;
    private final int decimals;

    AssessmentInput(Source source, String label, String unit, int decimals) {
        this.source = source;
        this.label = label;
        this.unit = unit;
        this.decimals = decimals;
    }

    public Source source() {
        return source;
    }

    public String label() {
        return label;
    }

    /** The canonical unit: thresholds in the rules file and observation intervals use it. */
    public String unit() {
        return unit;
    }

    int decimals() {
        return decimals;
    }

    /** Lab results and derived lab figures age by the lab freshness window, lifestyle weeks by theirs. */
    public boolean isLab() {
        return source == Source.LAB || source == Source.DERIVED;
    }

    /** Looked up for every lab result and lifestyle measure of every summary: a map, not a search of values(). */
    private static final java.util.Map<String, AssessmentInput> BY_KEY = Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(AssessmentInput::name, input -> input));

    public static Optional<AssessmentInput> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }
}
