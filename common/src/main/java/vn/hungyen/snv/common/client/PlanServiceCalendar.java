package vn.hungyen.snv.common.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hungyen.snv.common.calendar.CalendarEntry;
import vn.hungyen.snv.common.calendar.CalendarSource;

/**
 * The working-day calendar of the services that count working days, read from plan-service, which owns it: its
 * public {@code GET /api/calendar/{year}} at {@code quarkus.rest-client.plan.url}, read again every
 * {@link #REFRESH}. Inject {@link CalendarSource} and ask it for the calendar on each use.
 */
@Dependent
public class PlanServiceCalendar implements CalendarSource.YearReader {

    /** The least time between two reads of the calendar. */
    public static final Duration REFRESH = Duration.ofMinutes(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Optional<URI> planService;
    private final ObjectMapper json;

    PlanServiceCalendar(@ConfigProperty(name = "quarkus.rest-client.plan.url") Optional<URI> planService,
            ObjectMapper json) {
        this.planService = planService;
        this.json = json;
    }

    @Produces
    @Singleton
    static CalendarSource calendarSource(PlanServiceCalendar reader, Clock clock) {
        return new CalendarSource(reader, clock, REFRESH);
    }

    @Override
    public List<CalendarEntry> entries(int year) throws IOException, InterruptedException {
        URI base = planService.orElseThrow(() -> new IllegalStateException("quarkus.rest-client.plan.url is not set"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "")
                        + "/api/calendar/" + year))
                .timeout(Duration.ofSeconds(5)).header("Accept", "application/json").GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException(request.uri() + " answered " + response.statusCode());
        }
        CalendarYear answer = json.readValue(response.body(), CalendarYear.class);
        if (answer.year() != year || answer.entries().stream().anyMatch(e -> e.date().getYear() != year)) {
            throw new IOException(request.uri() + " answered entries of another year");
        }
        return answer.entries();
    }
}
