package com.hpgdesk.lifestyle;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LifestyleEntryRepository extends JpaRepository<LifestyleEntry, Long> {

    List<LifestyleEntry> findByPatientIdOrderByWeekOfDesc(long patientId);

    List<LifestyleEntry> findByPatientIdOrderByWeekOfAsc(long patientId);

    List<LifestyleEntry> findByPatientIdIn(java.util.Collection<Long> patientIds);

    List<LifestyleEntry> findByPatientIdAndWeekOfBetweenOrderByWeekOfDesc(long patientId, LocalDate from,
                                                                        LocalDate to);

    boolean existsByPatientIdAndWeekOf(long patientId, LocalDate weekOf);

    boolean existsByPatientIdAndWeekOfAndIdNot(long patientId, LocalDate weekOf, long id);
}
