package com.hpgdesk.patient;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PatientRepository extends JpaRepository<Patient, Long>, JpaSpecificationExecutor<Patient> {

    boolean existsByRecordNumberKey(String recordNumberKey);

    boolean existsByRecordNumberKeyAndIdNot(String recordNumberKey, long id);

    @Query("select p.id from Patient p where p.id > :after order by p.id")
    List<Long> findIdsAfter(long after, Pageable limit);

    @Query("select p.id, p.responsibleClinicianId from Patient p where p.id in :ids")
    List<Object[]> findResponsibleClinicians(Collection<Long> ids);
}
