package vn.hungyen.snv.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whose products a task is (scoring-hy540 §2, §6), for staff, heads and deputy heads with and without fields. */
class ProductScopeTest {

    private static final String CCHC = "Cải cách hành chính";
    private static final String VAN_THU = "Văn thư, lưu trữ";

    private static final ProductScope.Member STAFF = new ProductScope.Member(8, Position.STAFF, "VP", Set.of());
    private static final ProductScope.Member HEAD = new ProductScope.Member(5, Position.HEAD, "VP", Set.of());
    private static final ProductScope.Member WHOLE_UNIT_DEPUTY =
            new ProductScope.Member(7, Position.DEPUTY_HEAD, "VP", Set.of());
    private static final ProductScope.Member CCHC_DEPUTY =
            new ProductScope.Member(6, Position.DEPUTY_HEAD, "VP", Set.of(CCHC));

    private static ProductScope.Task task(Long assignee, String unit, String field) {
        return new ProductScope.Task(assignee, unit, Optional.ofNullable(field));
    }

    @Test
    void staffHaveTheirOwnTasksOnly() {
        assertThat(ProductScope.productOf(STAFF, task(8L, "VP", CCHC))).isTrue();
        assertThat(ProductScope.productOf(STAFF, task(9L, "VP", CCHC))).isFalse();
        assertThat(ProductScope.productOf(STAFF, task(null, "VP", CCHC))).isFalse();
        assertThat(ProductScope.organisedBy(STAFF, task(8L, "VP", CCHC))).isFalse();
    }

    @Test
    void aHeadAndADeputyWithoutFieldsHaveTheWholeUnit() {
        for (ProductScope.Member leader : new ProductScope.Member[] {HEAD, WHOLE_UNIT_DEPUTY}) {
            assertThat(ProductScope.productOf(leader, task(8L, "VP", CCHC))).isTrue();
            assertThat(ProductScope.productOf(leader, task(null, "VP", VAN_THU))).isTrue();
            assertThat(ProductScope.productOf(leader, task(8L, "VP", null))).isTrue();
            assertThat(ProductScope.productOf(leader, task(20L, "TTRA", CCHC))).isFalse();
            assertThat(ProductScope.organisedBy(leader, task(9L, "VP", null))).isTrue();
        }
        assertThat(WHOLE_UNIT_DEPUTY.fieldScoped()).isFalse();
    }

    @Test
    void aDeputyWithFieldsHasTheUnitsTasksOfThoseFieldsAndTheirOwn() {
        assertThat(CCHC_DEPUTY.fieldScoped()).isTrue();
        assertThat(ProductScope.productOf(CCHC_DEPUTY, task(8L, "VP", CCHC))).isTrue();
        assertThat(ProductScope.productOf(CCHC_DEPUTY, task(null, "VP", CCHC))).isTrue();
        assertThat(ProductScope.productOf(CCHC_DEPUTY, task(8L, "VP", VAN_THU))).isFalse();
        assertThat(ProductScope.productOf(CCHC_DEPUTY, task(8L, "VP", null))).as("work outside the catalogue")
                .isFalse();
        assertThat(ProductScope.productOf(CCHC_DEPUTY, task(20L, "TTRA", CCHC))).isFalse();
        assertThat(ProductScope.productOf(CCHC_DEPUTY, task(6L, "VP", VAN_THU))).as("their own task").isTrue();
        assertThat(ProductScope.organisedBy(CCHC_DEPUTY, task(6L, "VP", VAN_THU)))
                .as("their own task outside their fields is not organising").isFalse();
        assertThat(ProductScope.organisedBy(CCHC_DEPUTY, task(9L, "VP", CCHC))).isTrue();
    }

    @Test
    void fieldsNarrowOnlyADeputyHead() {
        ProductScope.Member headWithFields = new ProductScope.Member(5, Position.HEAD, "VP", Set.of(CCHC));
        assertThat(headWithFields.fieldScoped()).isFalse();
        assertThat(ProductScope.productOf(headWithFields, task(8L, "VP", VAN_THU))).isTrue();
    }
}
