package com.hpgdesk.protocol;

import org.springframework.data.jpa.repository.JpaRepository;

interface DrugDoseLimitRepository extends JpaRepository<DrugDoseLimit, Drug> {
}
