package com.hpgdesk.lab.results;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LabResultRepository extends JpaRepository<LabResult, Long> {

    List<LabResult> findByReportIdInAndDeletedAtIsNullOrderByIdAsc(Collection<Long> reportIds);

    List<LabResult> findByReportIdAndDeletedAtIsNull(long reportId);

    List<LabResult> findByPatientIdInAndDeletedAtIsNull(Collection<Long> patientIds);

    List<LabResult> findByPatientIdAndMarkerKeyAndDeletedAtIsNullOrderByCollectedOnAscIdAsc(long patientId, String markerKey);

    List<LabResult> findByPatientIdAndMarkerKeyInAndDeletedAtIsNullOrderByCollectedOnAscIdAsc(long patientId,
            Collection<String> markerKeys);

    List<LabResult> findByPatientIdAndCollectedOnAndDeletedAtIsNullOrderByIdAsc(long patientId, LocalDate collectedOn);

    @Query("select distinct r.collectedOn from LabResult r where r.patientId = ?1 and r.deletedAt is null order by r.collectedOn desc")
    List<LocalDate> collectionDates(long patientId);

    @Query("select r.fingerprint from LabResult r where r.patientId = ?1 and r.fingerprint is not null")
    List<String> activeFingerprints(long patientId);

    @Query("select r.deletedFingerprint from LabResult r where r.patientId = ?1 and r.deletedFingerprint is not null")
    List<String> deletedFingerprints(long patientId);

    boolean existsByPatientIdAndFingerprint(long patientId, String fingerprint);
}
