package com.hpgdesk.review;

import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.base.SeesRecords;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.SignedInUser;
import com.hpgdesk.security.UserAccount;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice-wide review: one page of patients at a time, counters over the filtered set, and the filtered
 * list as CSV. Listing patients reads their data, so each page view or filter (its first page) and each export
 * leaves one audit record naming the filter and how many patients it showed, never one per patient.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('CLINICIAN')")
public class PracticeReviewService {

    private final ReviewQueries queries;
    private final ReviewThresholds thresholds;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final Clock clock;

    PracticeReviewService(ReviewQueries queries, ReviewThresholds thresholds, AccountService accounts,
                          AuditTrail audit, Clock clock) {
        this.queries = queries;
        this.thresholds = thresholds;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @SeesRecords
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @SeesRecords
    public ReviewThresholds thresholds() {
        return thresholds;
    }

    /** Clinicians to filter by. */
    @SeesRecords
    public List<UserAccount> clinicians() {
        return accounts.listActiveClinicians();
    }

    /** One page of the filtered review in its order. The first page of each filter is audited. */
    @SeesRecords
    public List<ReviewRow> page(ReviewFilter filter, int offset, int limit) {
        var rows = queries.page(filter, context(), offset, limit);
        if (offset == 0) {
            audit.record(AuditAction.READ, null, "practice review", "Viewed the practice review (" + filter.describe()
                    + "; " + rows.size() + (rows.size() == limit ? "+" : "") + " shown)");
        }
        return rows;
    }

    /**
     * The filtered patients in the review's order, to act on together (handouts for all of them): at most
     * {@code limit + 1}, so that the caller can tell "too many" from "exactly the limit". Audited once, as a page is.
     */
    public List<ReviewRow> allFiltered(ReviewFilter filter, int limit) {
        var rows = queries.page(filter, context(), 0, limit + 1);
        audit.record(AuditAction.READ, null, "practice review", "Listed the practice review to act on ("
                + filter.describe() + "; " + rows.size() + (rows.size() > limit ? "+" : "") + " patients)");
        return rows;
    }

    /** Counts over the filtered set and its recovery status by months since the end of treatment. */
    @SeesRecords
    public ReviewCounters counters(ReviewFilter filter) {
        return queries.counters(filter, context());
    }

    /** Writes the filtered review to {@code out} as CSV; returns how many patients it holds. Audited. */
    @SeesRecords
    public long exportCsv(ReviewFilter filter, OutputStream out) {
        long[] written = {0};
        try (var csv = new ReviewCsv(out)) {
            queries.each(filter, context(), row -> {
                csv.add(row);
                written[0]++;
            });
        }
        audit.record(AuditAction.EXPORT, null, "practice review", "Exported the practice review as CSV ("
                + filter.describe() + "; " + written[0] + (written[0] == 1 ? " patient)" : " patients)"));
        return written[0];
    }

    /** The signed-in clinician's account; none for the system actor, which has no patients of its own. */
    private @Nullable Long myAccountId() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? user.accountId() : null;
    }

    private ReviewQueries.Context context() {
        Map<Long, String> names = new HashMap<>();
        accounts.listActiveClinicians().forEach(account -> names.put(account.getId(), account.getDisplayName()));
        return new ReviewQueries.Context(today(), thresholds, myAccountId(),
                id -> names.computeIfAbsent(id, missing -> accounts.displayNameOf(missing).orElse("Unknown clinician")));
    }
}
