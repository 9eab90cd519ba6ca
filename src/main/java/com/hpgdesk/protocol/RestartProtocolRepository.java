package com.hpgdesk.protocol;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface RestartProtocolRepository extends JpaRepository<RestartProtocol, Long> {

    @EntityGraph(attributePaths = "medications")
    List<RestartProtocol> findByPatientIdOrderByPlannedStartDescIdDesc(long patientId);

    @EntityGraph(attributePaths = "medications")
    Optional<RestartProtocol> findWithMedicationsById(long id);

    @EntityGraph(attributePaths = "medications")
    List<RestartProtocol> findByPatientIdIn(java.util.Collection<Long> patientIds);
}
