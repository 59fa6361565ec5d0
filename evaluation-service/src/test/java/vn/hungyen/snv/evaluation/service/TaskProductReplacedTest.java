package vn.hungyen.snv.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.evaluation.domain.ProductFacts;

/**
 * Kept tasks brought up to date ({@link TaskProduct#replaced}) equal the tasks read again in full: on random lists,
 * with changed tasks that are rebuilt, that no longer count, and that are new, before, between and after the kept
 * ones.
 */
class TaskProductReplacedTest {

    @Test
    void theKeptTasksWithTheChangedOnesRebuiltAreWhatReadingEveryTaskGives() {
        Random random = new Random(540);
        for (int round = 0; round < 500; round++) {
            TreeMap<Long, TaskProduct> before = new TreeMap<>();
            LongStream.range(0, random.nextInt(40)).map(i -> random.nextInt(100))
                    .forEach(id -> before.put(id, task(id, "before")));
            Set<Long> changed = new HashSet<>();
            LongStream.range(0, random.nextInt(10)).map(i -> random.nextInt(100)).forEach(changed::add);
            TreeMap<Long, TaskProduct> after = new TreeMap<>(before);
            List<TaskProduct> rebuilt = new ArrayList<>();
            for (long id : new java.util.TreeSet<>(changed)) {
                if (random.nextBoolean()) {
                    after.remove(id);
                } else {
                    TaskProduct again = task(id, "after");
                    after.put(id, again);
                    rebuilt.add(again);
                }
            }

            assertThat(TaskProduct.replaced(List.copyOf(before.values()), changed, rebuilt))
                    .as("round %d: %s changed in %s", round, changed, before.keySet())
                    .containsExactlyElementsOf(after.values());
        }
    }

    @Test
    void nothingChangedKeepsTheTasks() {
        List<TaskProduct> tasks = List.of(task(3, "kept"), task(7, "kept"));
        assertThat(TaskProduct.replaced(tasks, Set.of(), List.of())).isEqualTo(tasks);
    }

    private static TaskProduct task(long id, String title) {
        return new TaskProduct(id, title, "CCHC", 49L, null, new ProductFacts(TaskProduct.productId(id),
                LocalDate.of(2024, 6, 10), BigDecimal.ONE, false, List.of(), List.of(), false), List.of());
    }
}
