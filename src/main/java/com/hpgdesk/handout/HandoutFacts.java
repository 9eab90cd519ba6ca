package com.hpgdesk.handout;

import com.hpgdesk.assessment.curve.RecoveryCurve;
import com.hpgdesk.assessment.engine.Assessment;
import com.hpgdesk.lab.Flag;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.ReferenceRange;
import com.hpgdesk.lab.ReportedValue;
import com.hpgdesk.patient.RecoveryClock;
import com.hpgdesk.protocol.Frequency;
import com.hpgdesk.protocol.Route;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything one handout says about one man, gathered from the other features, before any wording: the
 * composer chooses the words. Plain data, so a handout can be composed and laid out without a database.
 *
 * @param clock his recovery clock on the handout's date; null when no androgen course is on record
 * @param recoveryCurve the recovery curve over the published expectations, drawn in the handout's words; null
 *     while no curve can be drawn
 * @param latestResults each marker's latest result, in the catalogue's order
 * @param history every result, newest first
 * @param references the publications the handout rests on, full citations
 */
public record HandoutFacts(String practice, byte @Nullable [] logo, String patientName, LocalDate dateOfBirth,
                           String clinician, LocalDate date, @Nullable RecoveryClock clock, Assessment assessment,
                           List<Result> latestResults, List<Result> history, @Nullable RecoveryCurve recoveryCurve,
                           List<Dose> medications, LocalDate scheduleFrom, LocalDate scheduleTo,
                           @Nullable LocalDate nextLabs, List<String> references) {

    public HandoutFacts {
        latestResults = List.copyOf(latestResults);
        history = List.copyOf(history);
        medications = List.copyOf(medications);
        references = List.copyOf(references);
    }

    /** One lab result as reported, with the range it was flagged against. */
    public record Result(MarkerKey marker, LocalDate collectedOn, ReportedValue reported,
                         @Nullable ReferenceRange range, Flag flag) {
    }

    /** A medication of his restart protocol in the schedule's window; {@code until} null while open-ended. */
    public record Dose(String medicine, String dose, Route route, Frequency frequency, @Nullable String note,
                       LocalDate from, @Nullable LocalDate until) {
    }
}
