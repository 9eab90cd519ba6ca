package com.hpgdesk.protocol;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What is given, how much, how and how often: the part a protocol medication and a template medication share. */
@Embeddable
public class Dosing {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Drug drug;

    @Column(name = "other_name", length = 100)
    private @Nullable String otherName;

    @Column(nullable = false, precision = 12, scale = 3)
    private BigDecimal dose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DoseUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Route route;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Frequency frequency;

    @Column(name = "frequency_note", length = 200)
    private @Nullable String frequencyNote;

    protected Dosing() {
        // for JPA
        this.drug = Drug.OTHER;
        this.dose = BigDecimal.ONE;
        this.unit = DoseUnit.MG;
        this.route = Route.ORAL;
        this.frequency = Frequency.DAILY;
    }

    /** Only from input that {@link DoseLimits#check} accepted. */
    Dosing(DosingInput input) {
        this.drug = Objects.requireNonNull(input.drug());
        this.otherName = drug == Drug.OTHER ? trimmed(input.otherName()) : null;
        this.dose = Objects.requireNonNull(input.dose()).stripTrailingZeros();
        this.unit = Objects.requireNonNull(input.unit());
        this.route = Objects.requireNonNull(input.route());
        this.frequency = Objects.requireNonNull(input.frequency());
        this.frequencyNote = trimmed(input.frequencyNote());
    }

    static @Nullable String trimmed(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A dose as people write it: 3,000 or 0.5 or 12.5. */
    static String amount(BigDecimal value) {
        var format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(value);
    }

    public Drug getDrug() {
        return drug;
    }

    public @Nullable String getOtherName() {
        return otherName;
    }

    public BigDecimal getDose() {
        return dose;
    }

    public DoseUnit getUnit() {
        return unit;
    }

    public Route getRoute() {
        return route;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public @Nullable String getFrequencyNote() {
        return frequencyNote;
    }

    /** The drug's own name for "Other", else the catalogue label. */
    public String drugName() {
        return drug == Drug.OTHER && otherName != null ? otherName : drug.label();
    }

    public String doseText() {
        return amount(dose) + " " + unit.label();
    }

    public String frequencyText() {
        return frequencyNote == null ? frequency.label() : frequency.label() + " (" + frequencyNote + ")";
    }

    /** "hCG 3,000 IU subcutaneous, every other day". */
    public String describe() {
        return drugName() + " " + doseText() + " " + route.label().toLowerCase(Locale.ROOT) + ", "
                + frequencyText().substring(0, 1).toLowerCase(Locale.ROOT) + frequencyText().substring(1);
    }
}
