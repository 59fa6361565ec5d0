package vn.hungyen.snv.task.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** POST /api/tasks/recurring/{id}/stop body. */
public record RecurringStopRequest(
        @NotBlank(message = "cần lý do dừng việc định kỳ")
        @Size(max = 1000, message = "lý do tối đa 1000 ký tự") String reason) {
}
