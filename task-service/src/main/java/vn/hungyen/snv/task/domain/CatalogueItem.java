package vn.hungyen.snv.task.domain;

import java.util.List;
import vn.hungyen.snv.common.deadline.Deadline;

/**
 * A catalogue item (mục danh mục) as an assignment takes it from plan-service: its wording, lead and coordinating
 * units, expected product, deadline (null when plan-service's text cannot be read), and whether its plan is still a
 * draft (not yet published, so that nothing may be assigned from it).
 */
public record CatalogueItem(long id, String content, String leadUnit, List<String> coordinatingUnits, String product,
        Deadline deadline, boolean draftPlan) {
}
