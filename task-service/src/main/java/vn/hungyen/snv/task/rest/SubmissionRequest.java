package vn.hungyen.snv.task.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * POST /api/tasks/{id}/submissions body: the product that proves completion.
 *
 * @param submittedAt administrators only, to backfill a completion that happened earlier
 * @param version     the task version the client saw (alternative to If-Match)
 */
public record SubmissionRequest(
        @NotBlank(message = "cần số/ký hiệu văn bản sản phẩm")
        @Size(max = 100, message = "số/ký hiệu tối đa 100 ký tự") String documentNumber,
        @NotNull(message = "cần ngày ban hành văn bản (YYYY-MM-DD)")
        @PastOrPresent(message = "ngày ban hành không được ở tương lai") LocalDate issuedOn,
        @NotBlank(message = "cần trích yếu nội dung sản phẩm")
        @Size(max = 2000, message = "trích yếu tối đa 2000 ký tự") String summary,
        @Size(max = 1000, message = "đường dẫn tối đa 1000 ký tự")
        @Pattern(regexp = "https?://\\S+", message = "đường dẫn phải bắt đầu bằng http:// hoặc https://") String link,
        @PastOrPresent(message = "thời điểm nhập bù phải ở quá khứ") Instant submittedAt,
        Long version) {
}
