package com.hpgdesk.assessment.engine;

import java.util.Comparator;
import java.util.List;

/**
 * Everything the assessment reads about one man. Lists are sorted on construction so that the same data
 * in any order gives the same assessment.
 */
public record PatientInputs(TreatmentState treatment, List<LabObservation> labs,
                            List<LifestyleObservation> lifestyle, List<ProtocolPhase> phases) {

    public PatientInputs {
        labs = labs.stream().sorted(Comparator.comparing(LabObservation::date)
                .thenComparing(LabObservation::marker)
                .thenComparing(LabObservation::reported)
                .thenComparing(LabObservation::specific)).toList();
        lifestyle = lifestyle.stream().sorted(Comparator.comparing(LifestyleObservation::weekOf)
                .thenComparing(LifestyleObservation::measure)).toList();
        phases = phases.stream().sorted(Comparator.comparing(ProtocolPhase::start)
                .thenComparing(ProtocolPhase::drug)).toList();
    }
}
