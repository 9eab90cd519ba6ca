package com.hpgdesk.lab.results;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LabReportRepository extends JpaRepository<LabReport, Long> {

    List<LabReport> findByPatientIdAndDeletedAtIsNullOrderByCollectedOnDescIdDesc(long patientId);

    List<LabReport> findByPatientIdInAndDeletedAtIsNull(java.util.Collection<Long> patientIds);
}
