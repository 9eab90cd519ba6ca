package com.hpgdesk.patient;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PatientRepository extends JpaRepository<Patient, Long>, JpaSpecificationExecutor<Patient> {

    boolean existsByRecordNumberKey(String recordNumberKey);

    boolean existsByRecordNumberKeyAndIdNot(String recordNumberKey, long id);

    @Query("select p.id from Patient p where p.id > :after order by p.id")
    List<Long> findIdsAfter(long after, Pageable limit);


    /**
     * Sets only the handout language, leaving the record's version alone: a preference chosen on the Handouts
     * tab must not turn the clinician's open patient form into a stale copy. The last choice wins.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Patient p set p.handoutLanguage = :language where p.id = :id")
    int setHandoutLanguage(@Param("id") long id, @Param("language") @Nullable String language);
}
