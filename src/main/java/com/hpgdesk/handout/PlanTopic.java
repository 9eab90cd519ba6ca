package com.hpgdesk.handout;

import com.hpgdesk.assessment.engine.AssessmentInput;
import java.util.List;

/**
 * The parts of a patient's plan, each with the inputs of the marker tables that choose its advice: an input
 * that holds his recovery back brings its own advice; inputs judged without harm say "keep it up"; none on
 * record asks him for the missing information.
 */
public enum PlanTopic {
    DIET(List.of(AssessmentInput.ENERGY_DEFICIT, AssessmentInput.ADDED_SUGAR, AssessmentInput.SATURATED_FAT,
            AssessmentInput.PROCESSED_FOOD_SERVINGS, AssessmentInput.ALCOHOL_DRINKS, AssessmentInput.FIBRE,
            AssessmentInput.OMEGA3_SERVINGS, AssessmentInput.POLYPHENOL_SERVINGS,
            AssessmentInput.FERMENTED_FOOD_SERVINGS, AssessmentInput.FASTING_GLUCOSE, AssessmentInput.FASTING_INSULIN,
            AssessmentInput.HOMA_IR, AssessmentInput.HBA1C, AssessmentInput.WAIST, AssessmentInput.BMI,
            AssessmentInput.FREQUENT_GI_SYMPTOMS)),
    EXERCISE(List.of(AssessmentInput.VIGOROUS_MINUTES, AssessmentInput.MODERATE_MINUTES,
            AssessmentInput.RESISTANCE_SESSIONS)),
    SLEEP(List.of(AssessmentInput.SLEEP_HOURS, AssessmentInput.SUSPECTED_SLEEP_APNOEA)),
    STRESS(List.of(AssessmentInput.STRESS, AssessmentInput.CORTISOL_AM)),
    MICRONUTRIENTS(List.of(AssessmentInput.VITAMIN_D_25OH, AssessmentInput.ZINC, AssessmentInput.MAGNESIUM));

    private final List<AssessmentInput> inputs;

    PlanTopic(List<AssessmentInput> inputs) {
        this.inputs = inputs;
    }

    public List<AssessmentInput> inputs() {
        return inputs;
    }
}
