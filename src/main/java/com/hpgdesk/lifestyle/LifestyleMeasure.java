package com.hpgdesk.lifestyle;

import java.util.Arrays;
import java.util.List;

/**
 * What a weekly entry can record, each with its unit. Which values are plausible is data, in
 * {@link LifestyleLimits}; what a measure is, and where it is stored, is here.
 *
 * <p>Stress is a single 0–10 rating of the week ("how stressed did you feel, 0 not at all, 10 extremely"),
 * not the PSS-10: the PSS-10 asks about the last month and takes ten questions, which fits neither a
 * weekly entry nor a quick question in clinic. When a practice does give the PSS-10 (Cohen, Kamarck and
 * Mermelstein 1983; 0–40), its score is recorded apart in the week it was completed, so the two scales are
 * never read against each other's thresholds.
 *
 * <p>Energy availability has three inputs that can be recorded apart: the yes/no question (dieting hard or
 * losing weight fast, when nothing more precise is known), the estimated calorie deficit, and the weight the
 * patient reports having lost over the past four weeks. Endurance training is counted on its own, whatever
 * its intensity, because a high endurance volume matters for the axis beyond its share of vigorous minutes.
 */
public enum LifestyleMeasure {
    FIBRE(LifestyleSection.DIET, "fibre", "Fibre", "g/day", "g a day", Kind.NUMBER),
    FERMENTABLE_FIBRE(LifestyleSection.DIET, "fermentableFibre", "Fermentable fibre", "g/day", "g a day",
            Kind.NUMBER),
    OMEGA3_SERVINGS(LifestyleSection.DIET, "omega3Servings", "Omega-3 rich servings", "servings/week",
            "servings a week", Kind.NUMBER),
    POLYPHENOL_SERVINGS(LifestyleSection.DIET, "polyphenolServings", "Polyphenol-rich servings", "servings/day",
            "servings a day", Kind.NUMBER),
    ADDED_SUGAR(LifestyleSection.DIET, "addedSugar", "Added sugar", "g/day", "g a day", Kind.NUMBER),
    GLYCAEMIC_LOAD(LifestyleSection.DIET, "glycaemicLoad", "Glycaemic load", "GL/day", "a day",
            Kind.NUMBER),
    SATURATED_FAT(LifestyleSection.DIET, "saturatedFat", "Saturated fat", "g/day", "g a day", Kind.NUMBER),
    PROCESSED_FOOD_SERVINGS(LifestyleSection.DIET, "processedFoodServings", "Processed-food servings",
            "servings/week", "servings a week", Kind.NUMBER),
    ALCOHOL_DRINKS(LifestyleSection.DIET, "alcoholDrinks", "Alcohol", "drinks/week", "standard drinks a week",
            Kind.NUMBER),
    FERMENTED_FOOD_SERVINGS(LifestyleSection.DIET, "fermentedFoodServings", "Fermented-food servings",
            "servings/week", "servings a week", Kind.NUMBER),
    ENERGY_DEFICIT(LifestyleSection.DIET, "energyDeficit", "Calorie deficit or rapid weight loss", "yes/no", "",
            Kind.YES_NO),
    CALORIE_DEFICIT(LifestyleSection.DIET, "calorieDeficit", "Calorie deficit below estimated needs", "kcal/day",
            "kcal a day", Kind.NUMBER),
    RESISTANCE_SESSIONS(LifestyleSection.EXERCISE, "resistanceSessions", "Resistance sessions", "sessions/week",
            "sessions a week", Kind.NUMBER),
    MODERATE_MINUTES(LifestyleSection.EXERCISE, "moderateMinutes", "Moderate activity", "min/week",
            "minutes a week", Kind.NUMBER),
    VIGOROUS_MINUTES(LifestyleSection.EXERCISE, "vigorousMinutes", "Vigorous activity", "min/week",
            "minutes a week", Kind.NUMBER),
    ENDURANCE_MINUTES(LifestyleSection.EXERCISE, "enduranceMinutes", "Endurance training", "min/week",
            "minutes a week", Kind.NUMBER),
    REST_DAYS(LifestyleSection.EXERCISE, "restDays", "Rest days", "days/week", "days a week", Kind.NUMBER),
    SLEEP_HOURS(LifestyleSection.SLEEP, "sleepHours", "Sleep", "h/night", "hours a night", Kind.NUMBER),
    SLEEP_QUALITY(LifestyleSection.SLEEP, "sleepQuality", "Sleep quality", "1 very poor – 5 very good",
            "(1 very poor, 5 very good)", Kind.NUMBER),
    SUSPECTED_SLEEP_APNOEA(LifestyleSection.SLEEP, "suspectedSleepApnoea", "Suspected sleep apnoea", "yes/no", "",
            Kind.YES_NO),
    STRESS(LifestyleSection.STRESS, "stress", "Stress rating", "0 none – 10 extreme", "(0 none, 10 extreme)",
            Kind.NUMBER),
    PSS10(LifestyleSection.STRESS, "pss10", "PSS-10 score (past month)", "points", "points",
            Kind.NUMBER),
    WEIGHT(LifestyleSection.BODY, "weight", "Weight", "kg", "kg", Kind.NUMBER),
    WEIGHT_LOST(LifestyleSection.BODY, "weightLost", "Weight lost in the past 4 weeks", "kg", "kg",
            Kind.NUMBER),
    WAIST(LifestyleSection.BODY, "waist", "Waist", "cm", "cm", Kind.NUMBER),
    HEIGHT(LifestyleSection.BODY, "height", "Height", "cm", "cm", Kind.NUMBER),
    BMI(LifestyleSection.BODY, "bmi", "BMI", "kg/m²", "kg/m²", Kind.DERIVED),
    FREQUENT_GI_SYMPTOMS(LifestyleSection.GUT, "frequentGiSymptoms", "Frequent GI symptoms", "yes/no", "",
            Kind.YES_NO);

    /** A number typed in, a yes/no answer, or a number worked out from others (never typed). */
    public enum Kind { NUMBER, YES_NO, DERIVED }

    private final LifestyleSection section;
    private final String key;
    private final String label;
    private final String unit;
    private final String unitPhrase;
    private final Kind kind;

    LifestyleMeasure(LifestyleSection section, String key, String label, String unit, String unitPhrase, Kind kind) {
        this.section = section;
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.unitPhrase = unitPhrase;
        this.kind = kind;
    }

    public LifestyleSection section() {
        return section;
    }

    /** The field name in refusals ({@link com.hpgdesk.base.InvalidInputException#fieldErrors()}). */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Short unit shown next to the field, e.g. "g/day". */
    public String unit() {
        return unit;
    }

    /** The unit in a sentence, e.g. "hours a night". */
    String unitPhrase() {
        return unitPhrase;
    }

    public Kind kind() {
        return kind;
    }

    /** Measures that have a number per week, typed or derived: the ones a trend can show. */
    public static List<LifestyleMeasure> numeric() {
        return Arrays.stream(values()).filter(measure -> measure.kind != Kind.YES_NO).toList();
    }

    public static List<LifestyleMeasure> in(LifestyleSection section) {
        return Arrays.stream(values()).filter(measure -> measure.section == section).toList();
    }
}
