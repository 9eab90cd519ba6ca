package com.hpgdesk.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentSummaryRepository extends JpaRepository<AssessmentSummary, Long> {
}
