package com.hpgdesk.lab.results;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LabFileLayoutRepository extends JpaRepository<LabFileLayout, Long> {

    Optional<LabFileLayout> findByLayoutKey(String layoutKey);
}
