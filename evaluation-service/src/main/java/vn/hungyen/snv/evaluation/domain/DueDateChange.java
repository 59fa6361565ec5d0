package vn.hungyen.snv.evaluation.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An extension (gia hạn) of a product's deadline (scoring-hy540 §2). With an objective cause the due
 * date moves; otherwise the original due date stays and {@code newDueDate} is only a re-set deadline
 * whose miss adds a late event.
 *
 * @param newDueDate     the deadline granted, a date in Asia/Ho_Chi_Minh
 * @param objectiveCause the approver marked the cause objective
 */
public record DueDateChange(LocalDate newDueDate, boolean objectiveCause) {

    public DueDateChange {
        Objects.requireNonNull(newDueDate, "newDueDate");
    }
}
