package vn.hungyen.snv.task.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** POST /api/tasks/{id}/extensions body; {@code version} is the task version the client saw (alternative to If-Match). */
public record ExtensionRequest(
        @NotNull(message = "cần hạn đề nghị (YYYY-MM-DD)") LocalDate requestedDueDate,
        @NotBlank(message = "cần lý do đề nghị gia hạn")
        @Size(max = 2000, message = "lý do tối đa 2000 ký tự") String reason,
        Long version) {
}
