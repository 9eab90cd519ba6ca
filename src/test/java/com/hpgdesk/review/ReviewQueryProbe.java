package com.hpgdesk.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The review's queries run straight on a data source, for the benchmark: the same SQL the service runs, on H2 or
 * on a PostgreSQL server that holds a copy of the summaries, with its plan.
 */
public final class ReviewQueryProbe {

    private final NamedParameterJdbcTemplate jdbc;
    private final ReviewQueries queries;
    private final ReviewQueries.Context context;

    public ReviewQueryProbe(DataSource dataSource, LocalDate today, Long myAccountId) {
        this.jdbc = new NamedParameterJdbcTemplate(eachQueryAnew(dataSource));
        this.queries = new ReviewQueries(jdbc);
        this.context = new ReviewQueries.Context(today, ReviewThresholds.standard(), myAccountId, id -> "clinician " + id);
    }

    public List<ReviewRow> page(ReviewFilter filter, int offset, int limit) {
        return queries.page(filter, context, offset, limit);
    }

    /** Counting itself, as the first view of a filter after any change does. */
    public ReviewCounters counters(ReviewFilter filter) {
        return queries.countAfresh(filter, context);
    }

    /** A count given again while no summary has changed, as the service gives it. */
    public ReviewCounters keptCounters(ReviewFilter filter) {
        return queries.counters(filter, context);
    }

    /** The plan of a page's query; {@code analyse} runs it too (PostgreSQL's EXPLAIN ANALYZE). */
    public String explainPage(ReviewFilter filter, int offset, int limit, String explain) {
        return explain(queries.pageStatement(filter, context, offset, limit), explain);
    }

    public String explainCounters(ReviewFilter filter, String explain) {
        return explain(queries.countersStatement(filter, context), explain);
    }

    private String explain(ReviewQueries.Statement statement, String explain) {
        List<String> lines = new ArrayList<>();
        jdbc.query(explain + " " + statement.sql(), statement.params(), rs -> {
            lines.add(rs.getString(1));
        });
        return String.join("\n", lines);
    }

    /**
     * H2 hands back the previous result of an identical query when no table changed since, so a repeated query
     * timed 0.1 ms whatever it cost; in a practice the tables change all day. A comment with a running number
     * makes every statement new to it (PostgreSQL keeps no results, and ignores the comment).
     */
    private static DataSource eachQueryAnew(DataSource dataSource) {
        var counter = new java.util.concurrent.atomic.AtomicLong();
        return new org.springframework.jdbc.datasource.DelegatingDataSource(dataSource) {
            @Override
            public java.sql.Connection getConnection() throws java.sql.SQLException {
                var connection = super.getConnection();
                return (java.sql.Connection) java.lang.reflect.Proxy.newProxyInstance(
                        ReviewQueryProbe.class.getClassLoader(), new Class<?>[] {java.sql.Connection.class},
                        (proxy, method, args) -> {
                            if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
                                args[0] = "/* run " + counter.incrementAndGet() + " */ " + sql;
                            }
                            try {
                                return method.invoke(connection, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }

    public static Map<String, ReviewFilter> scenarios(long clinicianId) {
        var scenarios = new java.util.LinkedHashMap<String, ReviewFilter>();
        scenarios.put("default (next labs due)", ReviewFilter.ALL);
        for (var column : ReviewColumn.values()) {
            scenarios.put("sort " + column.urlKey(), ReviewFilter.ALL.sortedBy(column, false));
            scenarios.put("sort -" + column.urlKey(), ReviewFilter.ALL.sortedBy(column, true));
        }
        for (var flag : ReviewFlag.values()) {
            scenarios.put("flag " + flag.urlKey(), ReviewFilter.ALL.withFlag(flag));
        }
        for (var status : com.hpgdesk.assessment.engine.RecoveryStatus.values()) {
            scenarios.put("status " + status.name().toLowerCase(), ReviewFilter.ALL.withStatus(status));
        }
        scenarios.put("my patients", ReviewFilter.ALL.withMine(true));
        scenarios.put("clinician", ReviewFilter.ALL.withClinician(clinicianId));
        scenarios.put("drug hcg", ReviewFilter.ALL.withDrug(com.hpgdesk.protocol.Drug.HCG));
        scenarios.put("months 6-12", ReviewFilter.ALL.withMonths(6, 12));
        scenarios.put("search whitaker", ReviewFilter.ALL.withText("whitaker"));
        scenarios.put("search record number", ReviewFilter.ALL.withText("HPG-1050001"));
        scenarios.put("flag overdue + drug hcg + sort -tt", ReviewFilter.ALL.withFlag(ReviewFlag.LABS_OVERDUE)
                .withDrug(com.hpgdesk.protocol.Drug.HCG).sortedBy(ReviewColumn.TOTAL_TESTOSTERONE, true));
        return scenarios;
    }
}
