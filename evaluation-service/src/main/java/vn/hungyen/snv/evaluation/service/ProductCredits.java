package vn.hungyen.snv.evaluation.service;

import java.util.AbstractList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import vn.hungyen.snv.evaluation.domain.Attribution;
import vn.hungyen.snv.evaluation.domain.CountedProduct;
import vn.hungyen.snv.evaluation.domain.ProductFacts;
import vn.hungyen.snv.evaluation.domain.ProductResult;
import vn.hungyen.snv.evaluation.domain.ScoreCalculator;
import vn.hungyen.snv.evaluation.domain.TaskCriteria;
import vn.hungyen.snv.evaluation.service.RatingViews.ProductCredit;

/**
 * An officer's counted products as their month shows them ({@link ProductCredit}), each built when it is read. A
 * province-size month counts about a million products and is mostly read a page or a dashboard at a time, which
 * show none of them: building them all, with the a, b and c each earns alone, was about a sixth of the CPU of rating
 * such a month, paid again after every change (docs/benchmarks.md, "Product credits built when read"). A product
 * reads the same each time: its task and figures are fixed when the month is rated.
 */
final class ProductCredits extends AbstractList<ProductCredit> implements RandomAccess {

    /** The month's tasks by their facts, and what a product earns alone: shared by the month's officers. */
    static final class Month {

        private final List<TaskProduct> tasks;
        private final ScoreCalculator calculator;
        private Map<ProductFacts, TaskProduct> byFacts;

        Month(List<TaskProduct> tasks, ScoreCalculator calculator) {
            this.tasks = tasks;
            this.calculator = calculator;
        }

        /** The task whose facts the rules counted: the map is built at the month's first product read. */
        private synchronized TaskProduct taskOf(CountedProduct counted) {
            if (byFacts == null) {
                byFacts = new IdentityHashMap<>(tasks.size());
                tasks.forEach(task -> byFacts.put(task.facts(), task));
            }
            return byFacts.get(counted.product());
        }
    }

    private final List<CountedProduct> counted;
    private final Month month;

    ProductCredits(List<CountedProduct> counted, Month month) {
        this.counted = counted;
        this.month = month;
    }

    @Override
    public ProductCredit get(int index) {
        CountedProduct product = counted.get(index);
        return credit(product, month.taskOf(product), month.calculator.credits(product.result()));
    }

    @Override
    public int size() {
        return counted.size();
    }

    private static ProductCredit credit(CountedProduct counted, TaskProduct task, Optional<TaskCriteria> credits) {
        Attribution attributed = counted.attribution();
        ProductResult product = counted.result();
        return new ProductCredit(task.taskId(), task.title(), task.unitCode(), task.assigneeId(),
                attributed.effectiveDueDate(), product.weight(), product.completed(),
                attributed.acceptedOn().orElse(null), product.lateEvents(), product.qualityReturns(),
                attributed.exempt(), credits.map(TaskCriteria::a).orElse(null),
                credits.map(TaskCriteria::b).orElse(null), credits.map(TaskCriteria::c).orElse(null),
                task.eventIds());
    }
}
