package vn.hungyen.snv.task.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import vn.hungyen.snv.task.domain.ReviewVerdict;

/**
 * POST /api/tasks/{id}/reviews body.
 *
 * @param majorError RETURNED only: the product has a major content error (counts as a quality return)
 * @param reviewedAt administrators only, to backfill a review that happened earlier
 * @param version    the task version the client saw (alternative to If-Match)
 */
public record ReviewRequest(
        @NotNull(message = "cần kết quả nghiệm thu: ACCEPTED (Đạt) hoặc RETURNED (Không đạt – làm lại)")
        ReviewVerdict verdict,
        Boolean majorError,
        @Size(max = 2000, message = "ghi chú tối đa 2000 ký tự") String note,
        @PastOrPresent(message = "thời điểm nhập bù phải ở quá khứ") Instant reviewedAt,
        Long version) {

    /** A returned product needs the reason, so that the officer knows what to redo. */
    @AssertTrue(message = "trả lại sản phẩm (RETURNED) cần ghi chú lý do")
    public boolean isReasonGivenForReturn() {
        return verdict != ReviewVerdict.RETURNED || (note != null && !note.isBlank());
    }
}
