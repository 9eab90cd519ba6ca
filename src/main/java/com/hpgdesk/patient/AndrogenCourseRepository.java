package com.hpgdesk.patient;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AndrogenCourseRepository extends JpaRepository<AndrogenCourse, Long> {

    List<AndrogenCourse> findByPatientIdOrderByStartedOnAsc(long patientId);

    List<AndrogenCourse> findByPatientIdIn(Collection<Long> patientIds);
}
