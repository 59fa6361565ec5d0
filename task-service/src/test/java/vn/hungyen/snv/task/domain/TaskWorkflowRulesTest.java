package vn.hungyen.snv.task.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.AbstractObjectAssert;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.rules.Violation.Kind;
import vn.hungyen.snv.common.rules.Violation;
import vn.hungyen.snv.task.domain.TaskWorkflowRules.Actor;
import vn.hungyen.snv.task.domain.TaskWorkflowRules.RecurringState;
import vn.hungyen.snv.task.domain.TaskWorkflowRules.TaskState;

class TaskWorkflowRulesTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DUE = LocalDate.of(2024, 3, 29);
    private static final Instant SUBMITTED_AT = Instant.parse("2024-03-20T02:30:00Z");

    private static final Actor ASSIGNEE = new Actor("an.nv", 11L, false, unit -> false, unit -> false);
    private static final Actor OTHER_OFFICER = new Actor("binh.tt", 12L, false, unit -> false, unit -> false);
    /** Heads CCHC and gave the task to its assignee. */
    private static final Actor ASSIGNER = new Actor("truong.cchc", 5L, false, "CCHC"::equals, unit -> false);
    /** Also heads CCHC, but did not assign the task. */
    private static final Actor DEPUTY_HEAD = new Actor("pho.cchc", 6L, false, "CCHC"::equals, unit -> false);
    private static final Actor HEAD_OF_VP = new Actor("truong.vp", 7L, false, "VP"::equals, unit -> false);
    private static final Actor DEPUTY_DIRECTOR = new Actor("pgd", 2L, false, unit -> false, Set.of("CCHC")::contains);
    private static final Actor ADMIN = new Actor("admin", null, true, unit -> false, unit -> true);

    private static final TaskState ASSIGNED = task(TaskStatus.ASSIGNED, 11L);
    private static final TaskState SUBMITTED = task(TaskStatus.SUBMITTED, 11L);

    /** A task of CCHC, due on {@link #DUE}, at version 3, assigned by the head of CCHC. */
    private static TaskState task(TaskStatus status, Long assigneeId) {
        return new TaskState(status, "CCHC", assigneeId, "truong.cchc", DUE, 3);
    }

    private static AbstractObjectAssert<?, Violation> assertRefused(Optional<Violation> found, String code,
            Kind kind) {
        assertThat(found).isPresent();
        return assertThat(found.get()).returns(code, Violation::code).returns(kind, Violation::kind);
    }

    @Test
    void aTaskChangesOnlyAtTheVersionTheClientSawAndUntilItIsDoneOrCancelled() {
        assertThat(TaskWorkflowRules.change(ASSIGNED, null)).isEmpty();
        assertThat(TaskWorkflowRules.change(ASSIGNED, 3L)).isEmpty();
        assertThat(TaskWorkflowRules.change(task(TaskStatus.RETURNED, 11L), 3L)).isEmpty();
        assertRefused(TaskWorkflowRules.change(ASSIGNED, 2L), "stale-version", Kind.CONFLICT)
                .returns("Nhiệm vụ đã được thay đổi (phiên bản hiện tại 3, bạn gửi 2). Hãy tải lại nhiệm vụ rồi thử "
                        + "lại.", Violation::message);
        assertRefused(TaskWorkflowRules.change(task(TaskStatus.DONE, 11L), 3L), "task-closed", Kind.CONFLICT)
                .returns("Nhiệm vụ đã hoàn thành và được nghiệm thu; không thể thay đổi nữa.", Violation::message);
        assertRefused(TaskWorkflowRules.change(task(TaskStatus.CANCELLED, 11L), null), "task-closed", Kind.CONFLICT)
                .returns("Nhiệm vụ đã bị hủy; không thể thay đổi nữa.", Violation::message);
    }

    @Test
    void onlyAnAdministratorGivesTheTimeOfAStep() {
        assertThat(TaskWorkflowRules.backfill("submittedAt", null, ASSIGNEE)).isEmpty();
        assertThat(TaskWorkflowRules.backfill("submittedAt", SUBMITTED_AT, ADMIN)).isEmpty();
        assertRefused(TaskWorkflowRules.backfill("reviewedAt", SUBMITTED_AT, ASSIGNER), "backfill-admin-only",
                Kind.FORBIDDEN).returns("reviewedAt", Violation::field)
                .returns("Chỉ quản trị hệ thống được nhập bù thời điểm (reviewedAt); hãy bỏ trường này.",
                        Violation::message);
    }

    @Test
    void theAssigneeOrAnAdministratorReportsCompletionWhileWorkIsUnderWay() {
        assertThat(TaskWorkflowRules.submit(ASSIGNED, ASSIGNEE)).isEmpty();
        assertThat(TaskWorkflowRules.submit(task(TaskStatus.RETURNED, 11L), ASSIGNEE)).isEmpty();
        assertThat(TaskWorkflowRules.submit(ASSIGNED, ADMIN)).isEmpty();
        assertRefused(TaskWorkflowRules.submit(task(TaskStatus.ASSIGNED, null), ADMIN), "no-assignee", Kind.CONFLICT);
        assertRefused(TaskWorkflowRules.submit(ASSIGNED, OTHER_OFFICER), "not-assignee", Kind.FORBIDDEN);
        assertRefused(TaskWorkflowRules.submit(ASSIGNED, ASSIGNER), "not-assignee", Kind.FORBIDDEN);
        assertRefused(TaskWorkflowRules.submit(SUBMITTED, ASSIGNEE), "already-submitted", Kind.CONFLICT);
    }

    @Test
    void theAssignerOrWhoeverOverseesTheUnitReviewsASubmittedTask() {
        assertThat(TaskWorkflowRules.review(SUBMITTED, ASSIGNER)).isEmpty();
        assertThat(TaskWorkflowRules.review(SUBMITTED, DEPUTY_DIRECTOR)).isEmpty();
        assertThat(TaskWorkflowRules.review(SUBMITTED, ADMIN)).isEmpty();
        assertRefused(TaskWorkflowRules.review(SUBMITTED, DEPUTY_HEAD), "not-assigner", Kind.FORBIDDEN)
                .returns("Chỉ người giao việc hoặc lãnh đạo cấp trên mới được nghiệm thu nhiệm vụ này.",
                        Violation::message);
        assertRefused(TaskWorkflowRules.review(SUBMITTED, ASSIGNEE), "not-assigner", Kind.FORBIDDEN);
        assertRefused(TaskWorkflowRules.review(ASSIGNED, ASSIGNER), "nothing-to-review", Kind.CONFLICT);
    }

    @Test
    void nobodyReviewsTheirOwnSubmissionNorBeforeItWasMade() {
        assertThat(TaskWorkflowRules.reviewSubmission(11L, SUBMITTED_AT, SUBMITTED_AT, ASSIGNER, HANOI)).isEmpty();
        assertThat(TaskWorkflowRules.reviewSubmission(11L, SUBMITTED_AT, SUBMITTED_AT.plusSeconds(60), ADMIN, HANOI))
                .isEmpty();
        assertRefused(TaskWorkflowRules.reviewSubmission(11L, SUBMITTED_AT, SUBMITTED_AT, ASSIGNEE, HANOI),
                "own-submission", Kind.FORBIDDEN);
        assertRefused(TaskWorkflowRules.reviewSubmission(11L, SUBMITTED_AT, SUBMITTED_AT.minusSeconds(1), ASSIGNER,
                HANOI), "reviewed-before-submitted", Kind.UNPROCESSABLE).returns("reviewedAt", Violation::field)
                .returns("Thời điểm nghiệm thu không được trước thời điểm báo cáo hoàn thành (09:30:00 20/03/2024).",
                        Violation::message);
    }

    @Test
    void theAssignerOrWhoeverOverseesTheUnitCancels() {
        assertThat(TaskWorkflowRules.cancel(ASSIGNED, ASSIGNER)).isEmpty();
        assertThat(TaskWorkflowRules.cancel(SUBMITTED, DEPUTY_DIRECTOR)).isEmpty();
        assertRefused(TaskWorkflowRules.cancel(ASSIGNED, HEAD_OF_VP), "not-assigner", Kind.FORBIDDEN)
                .returns("Chỉ người giao việc hoặc lãnh đạo cấp trên mới được hủy nhiệm vụ này.", Violation::message);
    }

    @Test
    void theAssigneeOrTheUnitsHeadAsksOnceForALaterDueDateWhileWorkIsUnderWay() {
        LocalDate later = DUE.plusDays(7);
        assertThat(TaskWorkflowRules.requestExtension(ASSIGNED, later, false, ASSIGNEE)).isEmpty();
        assertThat(TaskWorkflowRules.requestExtension(task(TaskStatus.ASSIGNED, null), later, false, DEPUTY_HEAD))
                .isEmpty();
        assertRefused(TaskWorkflowRules.requestExtension(ASSIGNED, later, false, OTHER_OFFICER),
                "not-assignee-or-head", Kind.FORBIDDEN);
        assertRefused(TaskWorkflowRules.requestExtension(ASSIGNED, later, false, DEPUTY_DIRECTOR),
                "not-assignee-or-head", Kind.FORBIDDEN);
        assertRefused(TaskWorkflowRules.requestExtension(SUBMITTED, later, false, ASSIGNEE), "awaiting-review",
                Kind.CONFLICT);
        assertRefused(TaskWorkflowRules.requestExtension(ASSIGNED, DUE, false, ASSIGNEE), "extension-not-later",
                Kind.UNPROCESSABLE).returns("Hạn đề nghị phải sau hạn hiện tại (29/03/2024).", Violation::message);
        assertRefused(TaskWorkflowRules.requestExtension(ASSIGNED, later, true, ASSIGNEE), "extension-pending",
                Kind.CONFLICT);
    }

    @Test
    void theAssignerOrWhoeverOverseesTheUnitDecidesAPendingExtensionOnce() {
        assertThat(TaskWorkflowRules.decideExtension(ASSIGNED, ExtensionStatus.PENDING, ASSIGNER)).isEmpty();
        assertThat(TaskWorkflowRules.decideExtension(ASSIGNED, ExtensionStatus.PENDING, ADMIN)).isEmpty();
        assertRefused(TaskWorkflowRules.decideExtension(ASSIGNED, ExtensionStatus.PENDING, ASSIGNEE), "not-assigner",
                Kind.FORBIDDEN).returns("Chỉ người giao việc hoặc lãnh đạo cấp trên mới được quyết định gia hạn nhiệm "
                        + "vụ này.", Violation::message);
        assertRefused(TaskWorkflowRules.decideExtension(ASSIGNED, ExtensionStatus.APPROVED, ASSIGNER),
                "extension-decided", Kind.CONFLICT);
        assertRefused(TaskWorkflowRules.decideExtension(ASSIGNED, ExtensionStatus.REFUSED, ASSIGNER),
                "extension-decided", Kind.CONFLICT);
    }

    @Test
    void whoeverLeadsTheUnitGivesTheTaskToAnOfficerWhileWorkIsUnderWay() {
        assertThat(TaskWorkflowRules.assignOfficer(ASSIGNED, DEPUTY_HEAD)).isEmpty();
        assertThat(TaskWorkflowRules.assignOfficer(task(TaskStatus.RETURNED, null), DEPUTY_DIRECTOR)).isEmpty();
        assertThat(TaskWorkflowRules.assignOfficer(ASSIGNED, ADMIN)).isEmpty();
        assertRefused(TaskWorkflowRules.assignOfficer(ASSIGNED, HEAD_OF_VP), "not-unit-leader", Kind.FORBIDDEN)
                .returns("Chỉ lãnh đạo đơn vị CCHC hoặc cấp trên mới giao nhiệm vụ cho cán bộ.", Violation::message);
        assertRefused(TaskWorkflowRules.assignOfficer(ASSIGNED, ASSIGNEE), "not-unit-leader", Kind.FORBIDDEN);
        assertRefused(TaskWorkflowRules.assignOfficer(SUBMITTED, ASSIGNER), "awaiting-review", Kind.CONFLICT);
    }

    @Test
    void theNewAssigneeIsAnotherOfficerOfTheTasksUnit() {
        var binh = Optional.of(new AssignmentRules.Officer("Trần Thị Bình", "CCHC"));
        var an = Optional.of(new AssignmentRules.Officer("Nguyễn Văn An", "CCHC"));
        assertThat(TaskWorkflowRules.newAssignee(ASSIGNED, 12L, binh)).isEmpty();
        assertThat(TaskWorkflowRules.newAssignee(task(TaskStatus.ASSIGNED, null), 11L, an)).isEmpty();
        assertRefused(TaskWorkflowRules.newAssignee(ASSIGNED, 99L, Optional.empty()), "unknown-officer",
                Kind.UNPROCESSABLE).returns("Không có cán bộ mã 99.", Violation::message);
        assertRefused(TaskWorkflowRules.newAssignee(ASSIGNED, 21L,
                Optional.of(new AssignmentRules.Officer("Lương Đức Đạt", "VP"))), "officer-not-in-unit",
                Kind.UNPROCESSABLE).returns("Cán bộ Lương Đức Đạt không thuộc đơn vị CCHC.", Violation::message);
        assertRefused(TaskWorkflowRules.newAssignee(ASSIGNED, 11L, an), "already-assignee", Kind.UNPROCESSABLE)
                .returns("assigneeId", Violation::field)
                .returns("Nhiệm vụ đã được giao cho cán bộ Nguyễn Văn An.", Violation::message);
    }

    @Test
    void whoeverLeadsTheUnitOrAssignedRecurringWorkStopsItOnce() {
        var running = new RecurringState("CCHC", "chuyenvien.cchc", null, null);
        var assignerWhoLeadsNoUnit = new Actor("chuyenvien.cchc", 13L, false, unit -> false, unit -> false);
        assertThat(TaskWorkflowRules.stopRecurring(running, DEPUTY_HEAD, HANOI)).isEmpty();
        assertThat(TaskWorkflowRules.stopRecurring(running, DEPUTY_DIRECTOR, HANOI)).isEmpty();
        assertThat(TaskWorkflowRules.stopRecurring(running, assignerWhoLeadsNoUnit, HANOI)).isEmpty();
        assertRefused(TaskWorkflowRules.stopRecurring(running, HEAD_OF_VP, HANOI), "not-unit-leader", Kind.FORBIDDEN)
                .returns("Chỉ người giao việc, lãnh đạo đơn vị CCHC hoặc cấp trên mới được dừng việc định kỳ này.",
                        Violation::message);
        var stopped = new RecurringState("CCHC", "chuyenvien.cchc", Instant.parse("2024-03-31T18:00:00Z"), "pho.cchc");
        assertRefused(TaskWorkflowRules.stopRecurring(stopped, DEPUTY_HEAD, HANOI), "recurring-stopped", Kind.CONFLICT)
                .returns("Việc định kỳ này đã được dừng ngày 01/04/2024 (người dừng: pho.cchc).", Violation::message);
    }
}
