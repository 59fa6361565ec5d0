package vn.hungyen.snv.plan.repository;

import java.time.YearMonth;
import vn.hungyen.snv.common.deadline.DeadlineKind;

/**
 * Criteria for catalogue items; a null criterion matches everything. {@code dueMonth} matches the items due in that
 * month: one-off items whose due date falls in it and recurring items, which fall due every month.
 * {@code foldedQuery} is a search already folded by {@link vn.hungyen.snv.plan.domain.SearchText}.
 */
public record ItemFilter(String field, String leadUnit, String supervisor, DeadlineKind deadlineKind,
        YearMonth dueMonth, String foldedQuery) {
}
