package com.hpgdesk.lab.results;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LabMarkerNameRepository extends JpaRepository<LabMarkerName, Long> {

    Optional<LabMarkerName> findByLabKeyAndNameKey(String labKey, String nameKey);
}
