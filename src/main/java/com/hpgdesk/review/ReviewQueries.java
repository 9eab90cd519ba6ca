package com.hpgdesk.review;

import com.hpgdesk.assessment.engine.RecoveryStatus;
import com.hpgdesk.patient.PatientQuery;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The review's SQL: the per-patient summary alone, which keeps the patient's name, record number, clinician and
 * status beside his figures (V23), so a page costs one indexed read of one table whatever the practice's size;
 * the patient table is consulted only to search by name, record number or birth date. Flags that depend on today or on a setting are worked out here
 * from the stored values, the same way in the filter, the counters and each row ({@link #flagsOf}).
 */
@Repository
class ReviewQueries {

    private static final String FROM = " from assessment_summary s where s.patient_active = true";
    private static final String COLUMNS = "select s.patient_id, s.family_name, s.given_name, s.record_number,"
            + " s.responsible_clinician_id, s.status, s.end_of_treatment, s.on_treatment, s.protocol_name,"
            + " s.protocol_phase, s.protocol_active, s.protocol_started_on, s.tt_text, s.tt_on, s.tt_direction,"
            + " s.lh_text, s.lh_on, s.lh_direction, s.fsh_text, s.fsh_on, s.fsh_direction, s.hematocrit_percent,"
            + " s.estradiol_above_range, s.te2_ratio, s.last_lab_on, s.last_lifestyle_week, s.next_labs_due";

    private final NamedParameterJdbcTemplate jdbc;

    ReviewQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The settings and dates a query is read with. */
    record Context(LocalDate today, ReviewThresholds thresholds, @Nullable Long myAccountId,
                   LongFunction<String> clinicianNames) {

        LocalDate overdueBefore() {
            return today.minus(thresholds.labsOverdueAfter());
        }

        /** Weekly entries are dated by their Monday: a window of 4 weeks takes in the week already begun. */
        LocalDate lifestyleSince() {
            return today.minus(thresholds.lifestyleWithin()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
    }

    /** A statement with its parameters, also for printing its plan (the benchmark). */
    record Statement(String sql, MapSqlParameterSource params) {}

    List<ReviewRow> page(ReviewFilter filter, Context context, int offset, int limit) {
        var page = pageStatement(filter, context, offset, limit);
        return jdbc.query(page.sql(), page.params(), (rs, row) -> row(rs, context));
    }

    Statement pageStatement(ReviewFilter filter, Context context, int offset, int limit) {
        var params = new MapSqlParameterSource();
        String sql = COLUMNS + where(filter, context, params) + orderBy(filter) + " limit :limit offset :offset";
        params.addValue("limit", limit).addValue("offset", offset);
        return new Statement(sql, params);
    }

    /** Every filtered patient in the review's order, one at a time, for the export. */
    void each(ReviewFilter filter, Context context, Consumer<ReviewRow> into) {
        var params = new MapSqlParameterSource();
        jdbc.query(COLUMNS + where(filter, context, params) + orderBy(filter), params,
                rs -> {
                    into.accept(row(rs, context));
                });
    }

    /** Counts made, by what they counted; true while no summary has been refreshed since (see {@link #counters}). */
    private final Map<CountKey, Counted> counted = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<CountKey, Counted> eldest) {
                    return size() > 64;
                }
            });

    private record CountKey(ReviewFilter filter, LocalDate today, @Nullable Long me, ReviewThresholds thresholds) {}

    private record Counted(@Nullable Timestamp newestRefresh, ReviewCounters counters) {}

    /**
     * Counts over the filtered set. Counting reads every matching summary, so a count is kept and given again
     * while it is still true: for the same filter (in any order) and day, as long as no summary has been refreshed
     * since, which the newest refresh time tells through its index. Sorting, scrolling and coming back to a filter
     * then count nothing again; any change of any patient's data counts afresh.
     */
    ReviewCounters counters(ReviewFilter filter, Context context) {
        var key = new CountKey(filter.sortedBy(ReviewColumn.NEXT_LABS_DUE, false), context.today(),
                filter.mine() ? context.myAccountId() : null, context.thresholds());
        var newest = jdbc.getJdbcTemplate().queryForObject("select max(assessed_at) from assessment_summary",
                Timestamp.class);
        var kept = counted.get(key);
        if (kept != null && java.util.Objects.equals(kept.newestRefresh(), newest)) {
            return kept.counters();
        }
        var counters = countAfresh(filter, context);
        counted.put(key, new Counted(newest, counters));
        return counters;
    }

    /** Counts over the filtered set, read from the summaries now. */
    ReviewCounters countAfresh(ReviewFilter filter, Context context) {
        var statement = countersStatement(filter, context);
        long[] totals = new long[5];
        var bands = ReviewCounters.MonthsBand.values();
        Map<ReviewCounters.MonthsBand, Map<RecoveryStatus, Long>> byBand = new EnumMap<>(ReviewCounters.MonthsBand.class);
        jdbc.query(statement.sql(), statement.params(), rs -> {
            var status = RecoveryStatus.valueOf(rs.getString("status_name"));
            long patients = rs.getLong("patients");
            totals[0] += patients;
            totals[1] += rs.getInt("is_active") == 1 ? patients : 0;
            totals[2] += status == RecoveryStatus.DELAYED ? patients : 0;
            totals[3] += status == RecoveryStatus.BEHIND_THE_CURVE ? patients : 0;
            totals[4] += rs.getInt("is_overdue") == 1 ? patients : 0;
            byBand.computeIfAbsent(bands[rs.getInt("band_no")], key -> new EnumMap<>(RecoveryStatus.class))
                    .merge(status, patients, Long::sum);
        });
        return new ReviewCounters(totals[0], totals[1], totals[2], totals[3], totals[4], byBand);
    }

    Statement countersStatement(ReviewFilter filter, Context context) {
        var params = new MapSqlParameterSource();
        var band = new StringBuilder("case when s.end_of_treatment is null then 0");
        for (var monthsBand : ReviewCounters.MonthsBand.sinceEnd()) {
            if (monthsBand.beforeMonths() == Integer.MAX_VALUE) {
                band.append(" else ").append(monthsBand.ordinal()).append(" end");
            } else {
                String name = "band" + monthsBand.ordinal();
                band.append(" when s.end_of_treatment > :").append(name).append(" then ").append(monthsBand.ordinal());
                params.addValue(name, Date.valueOf(context.today().minusMonths(monthsBand.beforeMonths())));
            }
        }
        String inner = "select s.status as status_name, " + band + " as band_no,"
                + " case when s.protocol_active = true then 1 else 0 end as is_active,"
                + " case when " + predicate(ReviewFlag.LABS_OVERDUE) + " then 1 else 0 end as is_overdue"
                + where(filter, context, params);
        String sql = "select status_name, band_no, is_active, is_overdue, count(*) as patients from (" + inner
                + ") x group by status_name, band_no, is_active, is_overdue";
        return new Statement(sql, params);
    }

    private String where(ReviewFilter filter, Context context, MapSqlParameterSource params) {
        var sql = new StringBuilder(FROM);
        params.addValue("overdueBefore", Date.valueOf(context.overdueBefore()))
                .addValue("hematocrit", context.thresholds().hematocritAbovePercent())
                .addValue("ratio", context.thresholds().ratioBelow())
                .addValue("lifestyleSince", Date.valueOf(context.lifestyleSince()));
        if (filter.mine()) {
            sql.append(" and s.responsible_clinician_id = :me");
            params.addValue("me", context.myAccountId() == null ? -1L : context.myAccountId());
        }
        if (filter.clinicianId() != null) {
            sql.append(" and s.responsible_clinician_id = :clinician");
            params.addValue("clinician", filter.clinicianId());
        }
        if (filter.status() != null) {
            sql.append(" and s.status = :status");
            params.addValue("status", filter.status().name());
        }
        if (filter.flag() != null) {
            sql.append(" and ").append(predicate(filter.flag()));
        }
        if (filter.drug() != null) {
            // Through the index of one drug's rows (V20), not a pattern matched against every summary.
            sql.append(" and s.patient_id in (select d.patient_id from assessment_summary_drug d where d.drug = :drug)");
            params.addValue("drug", filter.drug().name());
        }
        if (filter.minMonths() != null) {
            sql.append(" and s.end_of_treatment <= :endedBy");
            params.addValue("endedBy", Date.valueOf(context.today().minusMonths(filter.minMonths())));
        }
        if (filter.maxMonths() != null) {
            sql.append(" and s.end_of_treatment > :endedAfter");
            params.addValue("endedAfter", Date.valueOf(context.today().minusMonths(filter.maxMonths() + 1L)));
        }
        if (!filter.text().isEmpty()) {
            var search = new MapSqlParameterSource();
            String matching = "select p.id from patient p where " + textMatch(filter.text(), search);
            // The patients a search names are looked up first, through the patient table's indexes, and given to the
            // summary query as a list: as a sub-query, PostgreSQL guessed a third of the practice would match a
            // record number and walked the whole summary index for the one patient (628 ms at 100,000).
            List<Long> named = jdbc.queryForList(matching + " fetch first " + (MOST_NAMED + 1) + " rows only", search,
                    Long.class);
            if (named.isEmpty()) {
                sql.append(" and 1 = 0");
            } else if (named.size() <= MOST_NAMED) {
                sql.append(" and s.patient_id in (:named)");
                params.addValue("named", named);
            } else {
                sql.append(" and s.patient_id in (").append(matching).append(")");
                for (String name : search.getParameterNames()) {
                    params.addValue(name, search.getValue(name));
                }
            }
        }
        return sql.toString();
    }

    /** At most this many patients named by a search go to the summary query as a list of ids. */
    private static final int MOST_NAMED = 1_000;

    /** The condition on {@code patient p} that a search text sets: a birth date, or a record number or name words. */
    private static String textMatch(String text, MapSqlParameterSource params) {
        var match = new PatientQuery(text, null, null).textMatch();
        if (match.dateOfBirth() != null) {
            params.addValue("born", Date.valueOf(match.dateOfBirth()));
            return "p.date_of_birth = :born";
        }
        var sql = new StringBuilder("(p.record_number_key = :recordNumber");
        params.addValue("recordNumber", match.recordNumberKey());
        if (!match.nameWords().isEmpty()) {
            sql.append(" or (");
            for (int i = 0; i < match.nameWords().size(); i++) {
                // Position, not a like: H2 compiles a pattern given as a parameter again for every row.
                sql.append(i == 0 ? "" : " and ").append("position(:word").append(i).append(" in p.search_name) > 0");
                params.addValue("word" + i, match.nameWords().get(i));
            }
            sql.append(")");
        }
        return sql.append(")").toString();
    }

    static String predicate(ReviewFlag flag) {
        return switch (flag) {
            case LABS_OVERDUE -> "(s.protocol_active = true and (s.last_lab_on < :overdueBefore"
                    + " or (s.last_lab_on is null and s.protocol_started_on < :overdueBefore)))";
            case HEMATOCRIT_HIGH -> "s.hematocrit_percent > :hematocrit";
            case ESTRADIOL_ABOVE_RANGE -> "s.estradiol_above_range = true";
            case LOW_TESTOSTERONE_ESTRADIOL_RATIO -> "s.te2_ratio < :ratio";
            case BEHIND_THE_CURVE -> "s.status = 'BEHIND_THE_CURVE'";
            case NO_LIFESTYLE_DATA -> "(s.last_lifestyle_week is null or s.last_lifestyle_week < :lifestyleSince)";
        };
    }

    private static String orderBy(ReviewFilter filter) {
        String direction = filter.descending() ? " desc" : " asc";
        String reversed = filter.descending() ? " asc" : " desc";
        String order = switch (filter.sortBy()) {
            case NAME -> "s.family_name" + direction + ", s.given_name" + direction;
            case RECORD_NUMBER -> "s.record_number" + direction;
            // The name stored with the summary (V20), indexed: looked up per patient, it sorted every patient.
            case CLINICIAN -> "s.clinician_name" + direction + " nulls last, s.family_name, s.given_name";
            // More months since the end means an earlier end.
            case MONTHS_SINCE_END -> "s.end_of_treatment" + reversed + " nulls last";
            case PROTOCOL -> "s.protocol_name" + direction + " nulls last";
            case TOTAL_TESTOSTERONE -> "s.tt_value" + direction + " nulls last";
            case LH -> "s.lh_value" + direction + " nulls last";
            case FSH -> "s.fsh_value" + direction + " nulls last";
            // Most in need of the clinic first (RecoveryStatus.urgency), not the alphabet of the names.
            case STATUS -> "s.status_order" + direction;
            case FLAGS -> flagCount() + direction;
            case NEXT_LABS_DUE -> "s.next_labs_due" + direction + " nulls last";
        };
        // Each order has an index of its own in this direction (V23), the patient id last, so a page reads no more.
        return " order by " + order + ", s.patient_id";
    }

    private static String flagCount() {
        var sum = new StringBuilder("(");
        for (var flag : ReviewFlag.values()) {
            sum.append(flag.ordinal() == 0 ? "" : " + ").append("case when ").append(predicate(flag))
                    .append(" then 1 else 0 end");
        }
        return sum.append(")").toString();
    }

    private static ReviewRow row(ResultSet rs, Context context) throws SQLException {
        var status = RecoveryStatus.valueOf(rs.getString("status"));
        LocalDate end = date(rs, "end_of_treatment");
        // The end of treatment is the last dose plus one dosing interval, so it can still lie ahead: then recovery
        // has not begun, and a count of months would read as a negative number.
        boolean lastDoseActing = end != null && end.isAfter(context.today());
        Integer months = end == null || lastDoseActing ? null : (int) ChronoUnit.MONTHS.between(end, context.today());
        return new ReviewRow(rs.getLong("patient_id"), rs.getString("family_name"), rs.getString("given_name"),
                rs.getString("record_number"),
                context.clinicianNames().apply(rs.getLong("responsible_clinician_id")),
                rs.getBoolean("on_treatment"), lastDoseActing, months, rs.getString("protocol_name"), rs.getString("protocol_phase"),
                hormone(rs, "tt"), hormone(rs, "lh"), hormone(rs, "fsh"), status,
                flagsOf(new FlagInputs(status, rs.getBigDecimal("hematocrit_percent"),
                        rs.getBoolean("estradiol_above_range"), rs.getBigDecimal("te2_ratio"),
                        rs.getBoolean("protocol_active"), date(rs, "protocol_started_on"), date(rs, "last_lab_on"),
                        date(rs, "last_lifestyle_week")), context),
                date(rs, "next_labs_due"));
    }

    /** A summary's stored values that the flags are worked out from. */
    record FlagInputs(RecoveryStatus status, @Nullable BigDecimal hematocritPercent, boolean estradiolAboveRange,
                      @Nullable BigDecimal ratio, boolean protocolActive, @Nullable LocalDate protocolStartedOn,
                      @Nullable LocalDate lastLabOn, @Nullable LocalDate lastLifestyleWeek) {}

    /** The same rules as {@link #predicate}, for one row already read. */
    static EnumSet<ReviewFlag> flagsOf(FlagInputs in, Context context) {
        var flags = EnumSet.noneOf(ReviewFlag.class);
        LocalDate labsSince = in.lastLabOn() != null ? in.lastLabOn() : in.protocolStartedOn();
        if (in.protocolActive() && labsSince != null && labsSince.isBefore(context.overdueBefore())) {
            flags.add(ReviewFlag.LABS_OVERDUE);
        }
        if (in.hematocritPercent() != null
                && in.hematocritPercent().compareTo(context.thresholds().hematocritAbovePercent()) > 0) {
            flags.add(ReviewFlag.HEMATOCRIT_HIGH);
        }
        if (in.estradiolAboveRange()) {
            flags.add(ReviewFlag.ESTRADIOL_ABOVE_RANGE);
        }
        if (in.ratio() != null && in.ratio().compareTo(context.thresholds().ratioBelow()) < 0) {
            flags.add(ReviewFlag.LOW_TESTOSTERONE_ESTRADIOL_RATIO);
        }
        if (in.status() == RecoveryStatus.BEHIND_THE_CURVE) {
            flags.add(ReviewFlag.BEHIND_THE_CURVE);
        }
        if (in.lastLifestyleWeek() == null || in.lastLifestyleWeek().isBefore(context.lifestyleSince())) {
            flags.add(ReviewFlag.NO_LIFESTYLE_DATA);
        }
        return flags;
    }

    private static ReviewRow.@Nullable Hormone hormone(ResultSet rs, String prefix) throws SQLException {
        String text = rs.getString(prefix + "_text");
        LocalDate on = date(rs, prefix + "_on");
        if (text == null || on == null) {
            return null;
        }
        String direction = rs.getString(prefix + "_direction");
        return new ReviewRow.Hormone(text, on,
                direction == null ? null : ReviewRow.Direction.valueOf(direction.toUpperCase(Locale.ROOT)));
    }

    private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
