package vn.hungyen.snv.webui.rest;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.hungyen.snv.webui.client.TaskGateway;
import vn.hungyen.snv.webui.domain.TaskBoard;

/** Vietnamese formats for the templates: dates dd/MM/yyyy, labels of statuses. */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private Formats() {
    }

    static String vn(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String vn(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** The task's wording, or its number when it has none (a catalogue item not yet fetched). */
    static String heading(TaskGateway.Task task) {
        return task.title() == null || task.title().isBlank() ? "Nhiệm vụ " + task.id() : task.title();
    }

    static TaskBoard.Badge badge(TaskGateway.Task task) {
        return TaskBoard.badge(task.timeliness());
    }

    static String statusLabel(TaskGateway.Task task) {
        return TaskBoard.statusLabel(task.status());
    }

    static boolean canReport(TaskGateway.Task task) {
        return "ASSIGNED".equals(task.status()) || "RETURNED".equals(task.status());
    }
}
