package com.hpgdesk.lab.results;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LabResultChangeRepository extends JpaRepository<LabResultChange, Long> {

    List<LabResultChange> findByResultIdOrderByIdAsc(long resultId);
}
