package com.hpgdesk.lifestyle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One week of a patient's lifestyle, kept under the Monday that starts the week. */
@Entity
@Table(name = "lifestyle_entry")
public class LifestyleEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Column(name = "week_of", nullable = false)
    private LocalDate weekOf = LocalDate.EPOCH;

    @Column(name = "fibre_g_per_day") private @Nullable BigDecimal fibre;
    @Column(name = "omega3_servings_per_week") private @Nullable BigDecimal omega3Servings;
    @Column(name = "polyphenol_servings_per_day") private @Nullable BigDecimal polyphenolServings;
    @Column(name = "added_sugar_g_per_day") private @Nullable BigDecimal addedSugar;
    @Column(name = "saturated_fat_g_per_day") private @Nullable BigDecimal saturatedFat;
    @Column(name = "processed_servings_per_week") private @Nullable BigDecimal processedFoodServings;
    @Column(name = "alcohol_drinks_per_week") private @Nullable BigDecimal alcoholDrinks;
    @Column(name = "fermented_servings_per_week") private @Nullable BigDecimal fermentedFoodServings;
    @Column(name = "energy_deficit") private @Nullable Boolean energyDeficit;
    @Column(name = "resistance_sessions_per_week") private @Nullable BigDecimal resistanceSessions;
    @Column(name = "moderate_min_per_week") private @Nullable BigDecimal moderateMinutes;
    @Column(name = "vigorous_min_per_week") private @Nullable BigDecimal vigorousMinutes;
    @Column(name = "rest_days_per_week") private @Nullable BigDecimal restDays;
    @Column(name = "sleep_hours_per_night") private @Nullable BigDecimal sleepHours;
    @Column(name = "sleep_quality") private @Nullable BigDecimal sleepQuality;
    @Column(name = "suspected_sleep_apnoea") private @Nullable Boolean suspectedSleepApnoea;
    @Column(name = "stress_rating") private @Nullable BigDecimal stress;
    @Column(name = "weight_kg") private @Nullable BigDecimal weight;
    @Column(name = "waist_cm") private @Nullable BigDecimal waist;
    @Column(name = "height_cm") private @Nullable BigDecimal height;
    @Column(name = "frequent_gi_symptoms") private @Nullable Boolean frequentGiSymptoms;
    @Column(name = "fermentable_fibre_g_per_day") private @Nullable BigDecimal fermentableFibre;
    @Column(name = "glycaemic_load_per_day") private @Nullable BigDecimal glycaemicLoad;
    @Column(name = "calorie_deficit_kcal_per_day") private @Nullable BigDecimal calorieDeficit;
    @Column(name = "endurance_min_per_week") private @Nullable BigDecimal enduranceMinutes;
    @Column(name = "pss10_score") private @Nullable BigDecimal pss10;
    @Column(name = "weight_lost_kg_4_weeks") private @Nullable BigDecimal weightLost;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private long version;

    protected LifestyleEntry() {
    }

    LifestyleEntry(long patientId, String recordedBy, Instant now) {
        this.patientId = patientId;
        this.recordedBy = recordedBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces every value: a measure missing from {@code details} is cleared. */
    void apply(LifestyleDetails details, Instant now) {
        weekOf = LifestyleRules.weekStart(Objects.requireNonNull(details.weekOf()));
        for (LifestyleMeasure measure : LifestyleMeasure.values()) {
            switch (measure.kind()) {
                case NUMBER -> setNumber(measure, details.numbers().get(measure));
                case YES_NO -> setAnswer(measure, details.answers().get(measure));
                case DERIVED -> { }
            }
        }
        updatedAt = now;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long getPatientId() {
        return patientId;
    }

    /** The Monday that starts the week. */
    public LocalDate getWeekOf() {
        return weekOf;
    }

    public long getVersion() {
        return version;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The number recorded or derived for {@code measure}; empty when not recorded or a yes/no answer. */
    public Optional<BigDecimal> number(LifestyleMeasure measure) {
        return Optional.ofNullable(switch (measure) {
            case FIBRE -> fibre;
            case FERMENTABLE_FIBRE -> fermentableFibre;
            case GLYCAEMIC_LOAD -> glycaemicLoad;
            case CALORIE_DEFICIT -> calorieDeficit;
            case ENDURANCE_MINUTES -> enduranceMinutes;
            case PSS10 -> pss10;
            case WEIGHT_LOST -> weightLost;
            case OMEGA3_SERVINGS -> omega3Servings;
            case POLYPHENOL_SERVINGS -> polyphenolServings;
            case ADDED_SUGAR -> addedSugar;
            case SATURATED_FAT -> saturatedFat;
            case PROCESSED_FOOD_SERVINGS -> processedFoodServings;
            case ALCOHOL_DRINKS -> alcoholDrinks;
            case FERMENTED_FOOD_SERVINGS -> fermentedFoodServings;
            case RESISTANCE_SESSIONS -> resistanceSessions;
            case MODERATE_MINUTES -> moderateMinutes;
            case VIGOROUS_MINUTES -> vigorousMinutes;
            case REST_DAYS -> restDays;
            case SLEEP_HOURS -> sleepHours;
            case SLEEP_QUALITY -> sleepQuality;
            case STRESS -> stress;
            case WEIGHT -> weight;
            case WAIST -> waist;
            case HEIGHT -> height;
            case BMI -> BodyMassIndex.of(weight, height).orElse(null);
            case ENERGY_DEFICIT, SUSPECTED_SLEEP_APNOEA, FREQUENT_GI_SYMPTOMS -> null;
        }).map(BigDecimal::stripTrailingZeros);
    }

    /** The answer to a yes/no {@code measure}; empty when not recorded. */
    public Optional<Boolean> answer(LifestyleMeasure measure) {
        return Optional.ofNullable(switch (measure) {
            case ENERGY_DEFICIT -> energyDeficit;
            case SUSPECTED_SLEEP_APNOEA -> suspectedSleepApnoea;
            case FREQUENT_GI_SYMPTOMS -> frequentGiSymptoms;
            default -> null;
        });
    }

    public Optional<BigDecimal> bmi() {
        return number(LifestyleMeasure.BMI);
    }

    /** The values as typed, for opening the entry in a form again. */
    public LifestyleDetails details() {
        var details = LifestyleDetails.weekOf(weekOf);
        for (LifestyleMeasure measure : LifestyleMeasure.values()) {
            if (measure.kind() == LifestyleMeasure.Kind.NUMBER) {
                details = details.with(measure, number(measure).orElse(null));
            } else if (measure.kind() == LifestyleMeasure.Kind.YES_NO) {
                details = details.answer(measure, answer(measure).orElse(null));
            }
        }
        return details;
    }

    private void setNumber(LifestyleMeasure measure, @Nullable BigDecimal value) {
        switch (measure) {
            case FIBRE -> fibre = value;
            case FERMENTABLE_FIBRE -> fermentableFibre = value;
            case GLYCAEMIC_LOAD -> glycaemicLoad = value;
            case CALORIE_DEFICIT -> calorieDeficit = value;
            case ENDURANCE_MINUTES -> enduranceMinutes = value;
            case PSS10 -> pss10 = value;
            case WEIGHT_LOST -> weightLost = value;
            case OMEGA3_SERVINGS -> omega3Servings = value;
            case POLYPHENOL_SERVINGS -> polyphenolServings = value;
            case ADDED_SUGAR -> addedSugar = value;
            case SATURATED_FAT -> saturatedFat = value;
            case PROCESSED_FOOD_SERVINGS -> processedFoodServings = value;
            case ALCOHOL_DRINKS -> alcoholDrinks = value;
            case FERMENTED_FOOD_SERVINGS -> fermentedFoodServings = value;
            case RESISTANCE_SESSIONS -> resistanceSessions = value;
            case MODERATE_MINUTES -> moderateMinutes = value;
            case VIGOROUS_MINUTES -> vigorousMinutes = value;
            case REST_DAYS -> restDays = value;
            case SLEEP_HOURS -> sleepHours = value;
            case SLEEP_QUALITY -> sleepQuality = value;
            case STRESS -> stress = value;
            case WEIGHT -> weight = value;
            case WAIST -> waist = value;
            case HEIGHT -> height = value;
            default -> throw new IllegalArgumentException(measure + " is not a typed number");
        }
    }

    private void setAnswer(LifestyleMeasure measure, @Nullable Boolean value) {
        switch (measure) {
            case ENERGY_DEFICIT -> energyDeficit = value;
            case SUSPECTED_SLEEP_APNOEA -> suspectedSleepApnoea = value;
            case FREQUENT_GI_SYMPTOMS -> frequentGiSymptoms = value;
            default -> throw new IllegalArgumentException(measure + " is not a yes/no answer");
        }
    }
}
