package com.hpgdesk.handout;

import org.springframework.data.jpa.repository.JpaRepository;

interface HandoutFileRepository extends JpaRepository<HandoutFile, Long> {
}
