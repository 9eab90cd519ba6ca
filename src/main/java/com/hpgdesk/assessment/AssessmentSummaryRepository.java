package com.hpgdesk.assessment;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssessmentSummaryRepository extends JpaRepository<AssessmentSummary, Long> {

    /**
     * Patients after an id, in id order, whose summary no longer says what holds today: none yet, one worked out
     * before today (months since the end of treatment and the recovery milestones move with the calendar), or one
     * from another rules version.
     */
    @Query(value = "select p.id from patient p left join assessment_summary s on s.patient_id = p.id"
            + " where p.id > :after and (s.patient_id is null or s.assessed_on < :today or s.rules_version <> :version)"
            + " order by p.id limit :size", nativeQuery = true)
    List<Long> findOutdatedAfter(long after, LocalDate today, String version, int size);
}
