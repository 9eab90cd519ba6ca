package com.hpgdesk.history;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only: there is no update and no delete to call. */
interface RecordVersionRepository extends Repository<RecordVersion, Long> {

    RecordVersion save(RecordVersion version);

    List<RecordVersion> findByKindAndRecordIdOrderByIdDesc(RecordKind kind, long recordId);

    List<RecordVersion> findByPatientIdAndKindOrderByIdDesc(long patientId, RecordKind kind);
}
