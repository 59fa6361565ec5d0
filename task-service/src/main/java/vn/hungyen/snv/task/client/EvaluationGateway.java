package vn.hungyen.snv.task.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.task.domain.PeriodRatings;
import vn.hungyen.snv.task.domain.ReminderRules;
import vn.hungyen.snv.task.domain.ReminderStep;
import vn.hungyen.snv.task.domain.ReportPeriod;

/**
 * The monthly ratings evaluation-service publishes, read with the caller's token (so within the caller's scope), and
 * the month's pending steps the reminders need, read with task-service's own identity. When evaluation-service
 * cannot be reached the caller gets a 503 saying so.
 */
@ApplicationScoped
public class EvaluationGateway {

    /** evaluation-service's status of an officer's month once the month is published. */
    static final String PUBLISHED = "PUBLISHED";
    private static final Set<String> MONTH_STEPS = Arrays.stream(ReminderStep.values()).map(Enum::name)
            .filter(name -> name.startsWith("MONTH_")).collect(Collectors.toUnmodifiableSet());

    private final EvaluationClient client;
    private final ServiceIdentity identity;

    EvaluationGateway(@RestClient EvaluationClient client, ServiceIdentity identity) {
        this.client = client;
        this.identity = identity;
    }

    /**
     * Who in the organisation still has a step of the month, as evaluation-service decides it, read with
     * task-service's own identity (the reminder job has no caller); a step this service does not know is left out.
     */
    public List<ReminderRules.MonthStep> pendingSteps(YearMonth month, String organisationCode) {
        List<EvaluationClient.PendingStepDto> steps;
        try {
            steps = client.pendingSteps(month.toString(), identity.bearer(organisationCode));
        } catch (WebApplicationException | ProcessingException e) {
            throw unavailable(month);
        }
        return steps.stream().filter(s -> MONTH_STEPS.contains("MONTH_" + s.step()))
                .map(s -> new ReminderRules.MonthStep(month, ReminderStep.valueOf("MONTH_" + s.step()), s.officerId(),
                        s.username(), s.remindFrom(), s.message()))
                .toList();
    }

    /**
     * The published months of the period with the officers' ratings the caller sees; a month not published (or
     * refused by evaluation-service, e.g. one still to come) is left out.
     */
    public Map<YearMonth, List<PeriodRatings.Rating>> publishedMonths(ReportPeriod period) {
        Map<YearMonth, List<PeriodRatings.Rating>> months = new LinkedHashMap<>();
        for (YearMonth month : period.months()) {
            List<EvaluationClient.OfficerRatingDto> officers;
            try {
                officers = client.officers(month.toString());
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() < 500) {
                    continue;
                }
                throw unavailable(month);
            } catch (ProcessingException e) {
                throw unavailable(month);
            }
            List<PeriodRatings.Rating> published = officers.stream().filter(o -> PUBLISHED.equals(o.status()))
                    .map(o -> new PeriodRatings.Rating(month, o.officerId(), o.unitCode(), o.level())).toList();
            if (!published.isEmpty()) {
                months.put(month, published);
            }
        }
        return months;
    }

    private static ProblemException unavailable(YearMonth month) {
        return new ProblemException(503, "evaluation-service-unavailable", "Dịch vụ đánh giá không phản hồi",
                "Không kết nối được dịch vụ đánh giá (evaluation-service) để đọc kết quả xếp loại tháng " + month
                        + ". Vui lòng thử lại sau.");
    }
}
