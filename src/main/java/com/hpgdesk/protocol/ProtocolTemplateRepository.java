package com.hpgdesk.protocol;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProtocolTemplateRepository extends JpaRepository<ProtocolTemplate, Long> {

    @EntityGraph(attributePaths = "medications")
    List<ProtocolTemplate> findAllByOrderBySortOrderAscNameAsc();

    @EntityGraph(attributePaths = "medications")
    Optional<ProtocolTemplate> findWithMedicationsById(long id);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

    @Query("select coalesce(max(t.sortOrder), 0) from ProtocolTemplate t")
    int highestSortOrder();
}
