package com.hpgdesk.patient;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClinicalNoteRepository extends JpaRepository<ClinicalNote, Long> {

    List<ClinicalNote> findByPatientIdOrderByNotedOnDescCreatedAtDesc(long patientId);
}
