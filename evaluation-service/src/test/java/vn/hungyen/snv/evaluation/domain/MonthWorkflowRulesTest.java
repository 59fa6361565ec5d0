package vn.hungyen.snv.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.evaluation.domain.Fixtures.dec;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.rules.Violation.Kind;
import vn.hungyen.snv.common.rules.Violation;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.Actor;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.Member;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.MonthState;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.OfficerProgress;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.Product;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.Request;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.ReviewContent;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.Ruling;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.UnitProgress;

/** The steps of the month's workflow (scoring-hy540 §8): who may take each, and when. */
class MonthWorkflowRulesTest {

    private static final YearMonth MARCH = YearMonth.of(2024, 3);
    /** March 2024 as seen in April: over, not published. */
    private static final MonthState OPEN = new MonthState(MARCH, MARCH.plusMonths(1), false);
    private static final MonthState CURRENT = new MonthState(MARCH, MARCH, false);
    private static final MonthState TO_COME = new MonthState(MARCH, MARCH.minusMonths(1), false);
    private static final MonthState PUBLISHED = new MonthState(MARCH, MARCH.plusMonths(1), true);
    private static final BigDecimal GENERAL_MAX = dec("30");

    /** Officer 49 of CCHC, staff, whose unit is headed by head.cchc and supervised by deputy1. */
    private static final Member KHANH = new Member(49, "officer.cchc.1", "Mai Minh Khánh", false, "head.cchc",
            "deputy1");
    /** The head of CCHC, officer 47. */
    private static final Member HEAD = new Member(47, "head.cchc", "Nguyễn Văn Trưởng", true, "head.cchc", "deputy1");
    /** A deputy head of CCHC, officer 48: a leader reviewed by the head. */
    private static final Member DEPUTY_HEAD = new Member(48, "deputyhead.cchc.1", "Trần Phó", true, "head.cchc",
            "deputy1");

    private static final Actor AS_KHANH = new Actor("officer.cchc.1", 49L);
    private static final Actor AS_HEAD = new Actor("head.cchc", 47L);
    private static final Actor AS_DEPUTY_HEAD = new Actor("deputyhead.cchc.1", 48L);
    private static final Actor AS_DEPUTY_DIRECTOR = new Actor("deputy1", 2L);
    private static final Actor AS_ADMIN = new Actor("admin", null);

    private static AbstractObjectAssert<?, Violation> assertRefused(Optional<Violation> found, String code,
            Kind kind) {
        assertThat(found).isPresent();
        return assertThat(found.get()).returns(code, Violation::code).returns(kind, Violation::kind);
    }

    @Test
    void aPublishedMonthIsLockedAndItsExemptionsAreSettledByAdjustment() {
        assertThat(MonthWorkflowRules.open(OPEN)).isEmpty();
        assertThat(MonthWorkflowRules.exemptionsOpen(OPEN)).isEmpty();
        assertRefused(MonthWorkflowRules.open(PUBLISHED), "month-published", Kind.CONFLICT)
                .returns("Kết quả tháng 2024-03 đã công bố và khóa; không thể sửa.", Violation::message);
        assertRefused(MonthWorkflowRules.exemptionsOpen(PUBLISHED), "month-published", Kind.CONFLICT)
                .returns("Kết quả tháng 2024-03 đã công bố và khóa; miễn trừ sau khi công bố được giải quyết bằng "
                        + "điều chỉnh của Giám đốc.", Violation::message);
    }

    @Test
    void nothingIsEnteredForAMonthToCome() {
        assertThat(MonthWorkflowRules.started(OPEN)).isEmpty();
        assertThat(MonthWorkflowRules.started(CURRENT)).isEmpty();
        assertRefused(MonthWorkflowRules.started(TO_COME), "month-not-started", Kind.UNPROCESSABLE)
                .returns("Tháng 2024-03 chưa bắt đầu.", Violation::message);
    }

    @Test
    void onlyTheOfficerSelfAssessesOnceTheMonthHasBegunAndUntilTheReview() {
        assertThat(MonthWorkflowRules.selfAssess(CURRENT, KHANH, AS_KHANH, false)).isEmpty();
        assertThat(MonthWorkflowRules.selfAssess(OPEN, HEAD, AS_HEAD, false)).isEmpty();
        assertRefused(MonthWorkflowRules.selfAssess(PUBLISHED, KHANH, AS_KHANH, false), "month-published",
                Kind.CONFLICT);
        assertRefused(MonthWorkflowRules.selfAssess(OPEN, KHANH, AS_HEAD, false), "not-self", Kind.FORBIDDEN)
                .returns("Chỉ chính công chức được tự đánh giá tháng của mình.", Violation::message);
        assertRefused(MonthWorkflowRules.selfAssess(OPEN, KHANH, AS_ADMIN, false), "not-self", Kind.FORBIDDEN);
        assertRefused(MonthWorkflowRules.selfAssess(TO_COME, KHANH, AS_KHANH, false), "month-not-started",
                Kind.UNPROCESSABLE);
        assertRefused(MonthWorkflowRules.selfAssess(OPEN, KHANH, AS_KHANH, true), "already-reviewed", Kind.CONFLICT)
                .returns("Lãnh đạo đã xem xét điểm tháng 2024-03; không thể sửa bản tự đánh giá.", Violation::message);
    }

    @Test
    void theHeadReviewsTheUnitsOfficersAndTheSupervisingDeputyTheHeadOnceTheyHaveSelfAssessed() {
        assertThat(MonthWorkflowRules.review(OPEN, KHANH, AS_HEAD, true)).isEmpty();
        assertThat(MonthWorkflowRules.review(OPEN, DEPUTY_HEAD, AS_HEAD, true)).isEmpty();
        assertThat(MonthWorkflowRules.review(OPEN, HEAD, AS_DEPUTY_DIRECTOR, true)).isEmpty();
        assertRefused(MonthWorkflowRules.review(PUBLISHED, KHANH, AS_HEAD, true), "month-published", Kind.CONFLICT);
        assertRefused(MonthWorkflowRules.review(OPEN, KHANH, AS_DEPUTY_HEAD, true), "not-reviewer", Kind.FORBIDDEN)
                .returns("Điểm của công chức do trưởng đơn vị xem xét.", Violation::message);
        assertRefused(MonthWorkflowRules.review(OPEN, KHANH, AS_DEPUTY_DIRECTOR, true), "not-reviewer",
                Kind.FORBIDDEN);
        assertRefused(MonthWorkflowRules.review(OPEN, HEAD, AS_HEAD, true), "not-reviewer", Kind.FORBIDDEN)
                .returns("Điểm của trưởng đơn vị do Phó Giám đốc phụ trách đơn vị xem xét.", Violation::message);
        assertRefused(MonthWorkflowRules.review(OPEN, KHANH, AS_HEAD, false), "no-self-assessment", Kind.CONFLICT)
                .returns("Công chức chưa tự đánh giá tháng 2024-03; cần có bản tự đánh giá trước khi xem xét.",
                        Violation::message);
    }

    @Test
    void aReviewGivesGWithinTheScaleANoteWhenItDiffersAndLeadersEntriesOnlyForLeaders() {
        assertThat(MonthWorkflowRules.reviewContent(review("27", null), dec("27"), KHANH, GENERAL_MAX)).isEmpty();
        assertThat(MonthWorkflowRules.reviewContent(review("30", "Đóng góp nổi bật"), dec("27"), KHANH, GENERAL_MAX))
                .isEmpty();
        assertThat(MonthWorkflowRules.reviewContent(new ReviewContent(dec("26"), "Đồng ý", true, 75, "Mất đoàn kết"),
                dec("27"), DEPUTY_HEAD, GENERAL_MAX)).isEmpty();
        assertRefused(MonthWorkflowRules.reviewContent(review("30.5", "Quá thang"), dec("27"), KHANH, GENERAL_MAX),
                "out-of-range", Kind.INPUT).returns("Điểm generalScore phải từ 0 đến 30.", Violation::message);
        assertRefused(MonthWorkflowRules.reviewContent(review("26", " "), dec("27"), KHANH, GENERAL_MAX),
                "note-required", Kind.INPUT).returns("Điểm xem xét (26) khác điểm tự đánh giá (27): cần ghi lý do.",
                Violation::message);
        assertRefused(MonthWorkflowRules.reviewContent(new ReviewContent(dec("27"), null, false, 75, null), dec("27"),
                KHANH, GENERAL_MAX), "leader-only", Kind.INPUT);
        assertRefused(MonthWorkflowRules.reviewContent(new ReviewContent(dec("27"), null, true, null, null), dec("27"),
                KHANH, GENERAL_MAX), "leader-only", Kind.INPUT);
        assertRefused(MonthWorkflowRules.reviewContent(new ReviewContent(dec("27"), null, false, 60, null), dec("27"),
                HEAD, GENERAL_MAX), "organising-choice", Kind.INPUT)
                .returns("Điểm năng lực tổ chức (đ) chỉ nhận 50, 75 hoặc 100.", Violation::message);
    }

    @Test
    void theScaleOfGComesFromTheSettings() {
        assertThat(MonthWorkflowRules.withinScale("generalScore", dec("0"), GENERAL_MAX)).isEmpty();
        assertThat(MonthWorkflowRules.withinScale("generalScore", dec("30"), GENERAL_MAX)).isEmpty();
        assertThat(MonthWorkflowRules.withinScale("generalScore", dec("35"), dec("40"))).isEmpty();
        assertRefused(MonthWorkflowRules.withinScale("generalScore", dec("-0.5"), GENERAL_MAX), "out-of-range",
                Kind.INPUT).returns("generalScore", Violation::field);
        assertRefused(MonthWorkflowRules.withinScale("generalScore", dec("25"), dec("20")), "out-of-range", Kind.INPUT)
                .returns("Điểm generalScore phải từ 0 đến 20.", Violation::message);
    }

    @Test
    void theOfficerAsksForAnExemptionOnlyForTheirOwnCountedLateOrReturnedProductOnceAtATime() {
        Product late = new Product(11, 49L, 1, 0);
        Product returned = new Product(13, 49L, 0, 1);
        Request refusedOn13 = new Request(6, 13, Ruling.REFUSED, "head.cchc");
        assertThat(request(OPEN, AS_KHANH, late, List.of())).isEmpty();
        assertThat(request(CURRENT, AS_KHANH, returned, List.of(refusedOn13))).isEmpty();
        assertRefused(request(PUBLISHED, AS_KHANH, late, List.of()), "month-published", Kind.CONFLICT);
        assertRefused(request(OPEN, AS_HEAD, late, List.of()), "not-self", Kind.FORBIDDEN)
                .returns("Chỉ chính công chức được đề nghị miễn trừ cho sản phẩm của mình.", Violation::message);
        assertRefused(request(TO_COME, AS_KHANH, late, List.of()), "month-not-started", Kind.UNPROCESSABLE);
        assertRefused(MonthWorkflowRules.requestExemption(OPEN, KHANH, AS_KHANH, 14, Optional.empty(), List.of()),
                "not-own-product", Kind.UNPROCESSABLE)
                .returns("Nhiệm vụ 14 không phải sản phẩm của Mai Minh Khánh trong tháng 2024-03.", Violation::message);
        assertRefused(request(OPEN, AS_KHANH, new Product(15, 50L, 1, 0), List.of()), "not-own-product",
                Kind.UNPROCESSABLE);
        assertRefused(request(OPEN, AS_KHANH, new Product(16, null, 1, 0), List.of()), "not-own-product",
                Kind.UNPROCESSABLE);
        assertRefused(request(OPEN, AS_KHANH, new Product(12, 49L, 0, 0), List.of()), "nothing-to-exempt",
                Kind.UNPROCESSABLE).returns("Sản phẩm của nhiệm vụ 12 không có lần trễ hạn hay lần bị trả lại nào "
                        + "được tính; không có gì để miễn trừ.", Violation::message);
        assertRefused(request(OPEN, AS_KHANH, late, List.of(new Request(7, 11, Ruling.PENDING, null))),
                "exemption-exists", Kind.CONFLICT);
        assertRefused(request(OPEN, AS_KHANH, late, List.of(refusedOn13, new Request(8, 11, Ruling.APPROVED,
                "head.cchc"))), "exemption-exists", Kind.CONFLICT);
    }

    @Test
    void theReviewerRulesOnAPendingRequestOnceAndARefusalGivesItsReason() {
        Request pending = new Request(7, 11, Ruling.PENDING, null);
        assertThat(MonthWorkflowRules.ruleOnExemption(OPEN, KHANH, AS_HEAD, pending)).isEmpty();
        assertThat(MonthWorkflowRules.ruleOnExemption(OPEN, HEAD, AS_DEPUTY_DIRECTOR, pending)).isEmpty();
        assertRefused(MonthWorkflowRules.ruleOnExemption(PUBLISHED, KHANH, AS_HEAD, pending), "month-published",
                Kind.CONFLICT);
        assertRefused(MonthWorkflowRules.ruleOnExemption(OPEN, KHANH, AS_DEPUTY_DIRECTOR, pending), "not-reviewer",
                Kind.FORBIDDEN).returns("Đề nghị miễn trừ của công chức do trưởng đơn vị xem xét.", Violation::message);
        assertRefused(MonthWorkflowRules.ruleOnExemption(OPEN, KHANH, AS_KHANH, pending), "not-reviewer",
                Kind.FORBIDDEN);
        assertRefused(MonthWorkflowRules.ruleOnExemption(OPEN, KHANH, AS_HEAD,
                new Request(6, 13, Ruling.REFUSED, "head.cchc")), "exemption-decided", Kind.CONFLICT)
                .returns("Đề nghị miễn trừ 6 đã được head.cchc xem xét; không thể xem xét lại.", Violation::message);

        assertThat(MonthWorkflowRules.ruling(true, null)).isEmpty();
        assertThat(MonthWorkflowRules.ruling(false, "Không phải nguyên nhân khách quan")).isEmpty();
        assertRefused(MonthWorkflowRules.ruling(false, ""), "note-required", Kind.INPUT)
                .returns("Không chấp thuận đề nghị miễn trừ: cần ghi lý do.", Violation::message);
    }

    @Test
    void theSupervisingDeputyDirectorScoresTheUnitOnceTheMonthHasBegun() {
        assertThat(MonthWorkflowRules.reviewUnit(OPEN, "deputy1", AS_DEPUTY_DIRECTOR)).isEmpty();
        assertRefused(MonthWorkflowRules.reviewUnit(PUBLISHED, "deputy1", AS_DEPUTY_DIRECTOR), "month-published",
                Kind.CONFLICT);
        assertRefused(MonthWorkflowRules.reviewUnit(OPEN, "deputy1", AS_HEAD), "not-supervisor", Kind.FORBIDDEN)
                .returns("Điểm G của đơn vị do Phó Giám đốc phụ trách chấm.", Violation::message);
        assertRefused(MonthWorkflowRules.reviewUnit(OPEN, null, AS_DEPUTY_DIRECTOR), "not-supervisor",
                Kind.FORBIDDEN);
        assertRefused(MonthWorkflowRules.reviewUnit(TO_COME, "deputy1", AS_DEPUTY_DIRECTOR), "month-not-started",
                Kind.UNPROCESSABLE);
    }

    @Test
    void aMonthIsPublishedOnceOverAndOnlyOnce() {
        assertThat(MonthWorkflowRules.publish(OPEN)).isEmpty();
        assertRefused(MonthWorkflowRules.publish(CURRENT), "month-not-over", Kind.CONFLICT)
                .returns("Tháng 2024-03 chưa kết thúc; chưa thể công bố.", Violation::message);
        assertRefused(MonthWorkflowRules.publish(TO_COME), "month-not-over", Kind.CONFLICT);
        assertRefused(MonthWorkflowRules.publish(PUBLISHED), "month-published", Kind.CONFLICT);
    }

    @Test
    void publicationListsEveryMissingStepAndIsRefusedWhileAnyIs() {
        List<OfficerProgress> officers = List.of(
                progress(50, false, false, false, List.of()),
                progress(51, true, false, false, List.of()),
                progress(48, true, true, true, List.of()),
                progress(49, true, true, false, List.of(new Request(6, 13, Ruling.REFUSED, "head.cchc"),
                        new Request(7, 11, Ruling.PENDING, null))));
        List<Violation> missing = MonthWorkflowRules.missingSteps(officers,
                List.of(new UnitProgress("CCHC", "Phòng Cải cách hành chính", false),
                        new UnitProgress("VP", "Văn phòng Sở", true)));

        assertThat(missing).extracting(Violation::field)
                .containsExactly("officers/50", "officers/51", "officers/48", "exemptions/7", "units/CCHC");
        assertThat(missing).extracting(Violation::message).containsExactly(
                "Cán bộ 50 (CCHC) chưa tự đánh giá.", "Cán bộ 51 (CCHC) chưa được lãnh đạo xem xét.",
                "Cán bộ 48 (CCHC) cần người duyệt chọn điểm tổ chức (đ).",
                "Cán bộ 49 (CCHC) có đề nghị miễn trừ cho nhiệm vụ 11 chưa được xem xét.",
                "Phòng Cải cách hành chính chưa có điểm G của đơn vị.");
        assertThat(missing).extracting(Violation::kind).containsOnly(Kind.INCOMPLETE);
        assertRefused(MonthWorkflowRules.complete(missing), "month-incomplete", Kind.INCOMPLETE)
                .returns("Còn 5 việc phải hoàn thành trước khi công bố kết quả tháng.", Violation::message);

        List<Violation> none = MonthWorkflowRules.missingSteps(List.of(progress(49, true, true, false,
                List.of(new Request(6, 13, Ruling.REFUSED, "head.cchc")))), List.of());
        assertThat(none).isEmpty();
        assertThat(MonthWorkflowRules.complete(none)).isEmpty();
    }

    @Test
    void theDirectorAdjustsAPublishedMonthWithANewGALevelOrBoth() {
        assertThat(MonthWorkflowRules.adjust(PUBLISHED, dec("28"), null, GENERAL_MAX)).isEmpty();
        assertThat(MonthWorkflowRules.adjust(PUBLISHED, null, Level.HTXSNV, GENERAL_MAX)).isEmpty();
        assertThat(MonthWorkflowRules.adjust(PUBLISHED, dec("0"), Level.KHTNV, GENERAL_MAX)).isEmpty();
        assertRefused(MonthWorkflowRules.adjust(OPEN, dec("28"), null, GENERAL_MAX), "month-not-published",
                Kind.CONFLICT).returns("Kết quả tháng 2024-03 chưa công bố; trước khi công bố, điểm được sửa qua bước "
                        + "tự đánh giá và xem xét.", Violation::message);
        assertRefused(MonthWorkflowRules.adjust(PUBLISHED, null, null, GENERAL_MAX), "nothing-to-adjust", Kind.INPUT);
        assertRefused(MonthWorkflowRules.adjust(PUBLISHED, null, Level.NO_TASK_DATA, GENERAL_MAX), "level",
                Kind.INPUT);
        assertRefused(MonthWorkflowRules.adjust(PUBLISHED, dec("30.5"), null, GENERAL_MAX), "out-of-range",
                Kind.INPUT);

        assertThat(MonthWorkflowRules.adjustScore(PUBLISHED, "Mai Minh Khánh", true, dec("28"))).isEmpty();
        assertThat(MonthWorkflowRules.adjustScore(PUBLISHED, "Mai Minh Khánh", false, null)).isEmpty();
        assertRefused(MonthWorkflowRules.adjustScore(PUBLISHED, "Mai Minh Khánh", false, dec("28")), "no-score",
                Kind.CONFLICT).returns("Mai Minh Khánh không có sản phẩm trong tháng 2024-03; chỉ có thể điều chỉnh "
                        + "mức xếp loại.", Violation::message);
    }

    private static ReviewContent review(String general, String note) {
        return new ReviewContent(dec(general), note, false, null, null);
    }

    private static Optional<Violation> request(MonthState month, Actor actor, Product product,
            List<Request> requests) {
        return MonthWorkflowRules.requestExemption(month, KHANH, actor, product.taskId(), Optional.of(product),
                requests);
    }

    private static OfficerProgress progress(long officerId, boolean selfAssessed, boolean reviewed,
            boolean awaitingOrganisingChoice, List<Request> requests) {
        return new OfficerProgress(officerId, "Cán bộ " + officerId, "CCHC", selfAssessed, reviewed,
                awaitingOrganisingChoice, requests);
    }
}
