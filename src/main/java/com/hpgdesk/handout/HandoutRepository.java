package com.hpgdesk.handout;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HandoutRepository extends JpaRepository<Handout, Long> {

    List<Handout> findByPatientIdOrderByGeneratedAtDescIdDesc(long patientId);

    Optional<Handout> findFirstByPatientIdOrderByGeneratedAtDescIdDesc(long patientId);
}
