package com.hpgdesk.patient;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PatientRepository extends JpaRepository<Patient, Long>, JpaSpecificationExecutor<Patient> {

    boolean existsByRecordNumberKey(String recordNumberKey);

    boolean existsByRecordNumberKeyAndIdNot(String recordNumberKey, long id);
}
