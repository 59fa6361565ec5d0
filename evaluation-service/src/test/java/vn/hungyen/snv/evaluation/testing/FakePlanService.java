package vn.hungyen.snv.evaluation.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import vn.hungyen.snv.common.calendar.CalendarEntry;
import vn.hungyen.snv.common.calendar.VietnamHolidays;
import vn.hungyen.snv.common.client.CalendarYear;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.common.security.Claims;

/**
 * A real HTTP stand-in for plan-service's directory ({@code GET /api/units?all=}, {@code GET /api/officers?asOf=},
 * {@code GET /api/units/deputies?month=}, {@code GET /api/plan-items/fields}, {@code GET /api/directory/version})
 * serving the demo organisation of the caller's token ({@code organisation} claim) and answering like plan-service:
 * officers in the unit and position in force on {@code asOf} (today without it), with their assignments and leaves.
 * Tests record moves, leaves and deputy heads' fields with {@link #assign}, {@link #leave}, {@link #deputyFields} and
 * {@link #itemField}, and remove them with {@link #reset}; each of these gives the directory a new version ({@code GET
 * /api/directory/version}), as plan-service's triggers do. It
 * answers 401 without a bearer token, so header propagation is tested. Its public {@code GET /api/calendar/{year}}
 * serves the bundled calendar, or a year a test entered with {@link #calendar}.
 */
public class FakePlanService implements QuarkusTestResourceLifecycleManager {

    /** Authorization headers received, newest last. */
    public static final ConcurrentLinkedQueue<String> AUTHORIZATIONS = new ConcurrentLinkedQueue<>();

    private static final Map<String, AtomicLong> READS = new ConcurrentHashMap<>();

    /** A unit view of plan-service. */
    public record UnitView(String organisationCode, String code, String name, String headUsername,
            String supervisorUsername, boolean active, LocalDate dissolvedOn, String mergedInto) {
    }

    /** An officer's unit and position from {@code from} to {@code to} (both included). */
    public record Assignment(String unitCode, String position, LocalDate from, LocalDate to) {

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /** A leave of an officer. */
    public record Leave(long id, String kind, LocalDate from, LocalDate to, String note) {
    }

    /** An officer view of plan-service. */
    public record OfficerView(long id, String organisationCode, String username, String fullName, String unitCode,
            String position, String role, String quotaGroup, String contractType, boolean active, LocalDate joinedOn,
            List<Assignment> assignments, List<Leave> leaves) {
    }

    private static final Map<Long, List<Assignment>> ASSIGNMENTS = new ConcurrentHashMap<>();
    private static final Map<Long, List<Leave>> LEAVES = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT_LEAVE = new AtomicLong();
    private static final Map<Integer, List<CalendarEntry>> CALENDAR = new ConcurrentHashMap<>();
    private static final Map<YearMonth, List<DeputyFields>> DEPUTY_FIELDS = new ConcurrentHashMap<>();
    private static final Map<Long, String> ITEM_FIELDS = new ConcurrentHashMap<>();
    private static final AtomicLong VERSION = new AtomicLong(1);

    /** The directory's version as plan-service answers it. */
    public record DirectoryVersion(String organisationCode, long version) {
    }

    /** The fields of work a deputy head is in charge of in a month, as plan-service lists them. */
    public record DeputyFields(String unitCode, long officerId, String from, List<String> fields) {
    }

    /** A catalogue item's field of work. */
    public record ItemField(long id, String field) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private HttpServer server;

    /** The officer works in {@code unitCode} as {@code position} from {@code from} to {@code to}, both included. */
    public static void assign(long officerId, String unitCode, String position, LocalDate from, LocalDate to) {
        ASSIGNMENTS.computeIfAbsent(officerId, id -> new ArrayList<>()).add(new Assignment(unitCode, position, from, to));
        VERSION.incrementAndGet();
    }

    /** The officer is on leave of {@code kind} (MATERNITY, SICK, STUDY, OTHER) from {@code from} to {@code to}. */
    public static void leave(long officerId, String kind, LocalDate from, LocalDate to) {
        LEAVES.computeIfAbsent(officerId, id -> new ArrayList<>())
                .add(new Leave(NEXT_LEAVE.incrementAndGet(), kind, from, to, null));
        VERSION.incrementAndGet();
    }

    /** plan-service's calendar holds {@code entries} for {@code year} instead of the bundled calendar's. */
    public static void calendar(int year, List<CalendarEntry> entries) {
        CALENDAR.put(year, List.copyOf(entries));
    }

    /** In {@code month} the deputy head {@code officerId} of {@code unitCode} is in charge of {@code fields}. */
    public static void deputyFields(String unitCode, long officerId, YearMonth month, List<String> fields) {
        DEPUTY_FIELDS.computeIfAbsent(month, m -> new ArrayList<>())
                .add(new DeputyFields(unitCode, officerId, month.toString(), List.copyOf(fields)));
        VERSION.incrementAndGet();
    }

    /** The catalogue item {@code id} belongs to the field of work {@code field}. */
    public static void itemField(long id, String field) {
        ITEM_FIELDS.put(id, field);
        VERSION.incrementAndGet();
    }

    /** How many times {@code path} (e.g. {@code /api/officers}) was answered to a bearer token. */
    public static long reads(String path) {
        return READS.getOrDefault(path, new AtomicLong()).get();
    }

    /** Forgets every recorded move, leave, calendar year, deputy head's fields and item field. */
    public static void reset() {
        ASSIGNMENTS.clear();
        LEAVES.clear();
        CALENDAR.clear();
        DEPUTY_FIELDS.clear();
        ITEM_FIELDS.clear();
        VERSION.incrementAndGet();
    }

    @Override
    public Map<String, String> start() {
        DemoOrganisation demo = DemoOrganisation.load();
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/directory/version", exchange -> answer(exchange, organisation ->
                new DirectoryVersion(organisation, VERSION.get())));
        server.createContext("/api/units", exchange -> answer(exchange, organisation -> demo.of(organisation).units()
                .stream().map(u -> new UnitView(u.organisationCode(), u.code(), u.name(), u.headUsername(),
                        u.supervisorUsername(), true, null, null)).toList()));
        server.createContext("/api/officers", exchange -> {
            LocalDate asOf = Optional.ofNullable(query(exchange).get("asOf")).map(LocalDate::parse)
                    .orElse(LocalDate.now());
            answer(exchange, organisation -> demo.of(organisation).officers().stream().map(o -> view(o, asOf))
                    .toList());
        });
        server.createContext("/api/units/deputies", exchange -> {
            YearMonth month = YearMonth.parse(query(exchange).get("month"));
            answer(exchange, organisation -> List.copyOf(DEPUTY_FIELDS.getOrDefault(month, List.of())));
        });
        server.createContext("/api/plan-items/fields", exchange -> answer(exchange, organisation ->
                ITEM_FIELDS.entrySet().stream().map(e -> new ItemField(e.getKey(), e.getValue())).toList()));
        server.createContext("/api/organisations/", exchange -> answer(exchange, organisation ->
                demo.organisations().stream().filter(o -> o.code().equals(organisation)).findFirst().orElseThrow()));
        server.createContext("/api/calendar/", exchange -> {
            int year = Integer.parseInt(exchange.getRequestURI().getPath().substring("/api/calendar/".length()));
            List<CalendarEntry> entries = Optional.ofNullable(CALENDAR.get(year)).orElseGet(() ->
                    VietnamHolidays.load().stream().filter(e -> e.date().getYear() == year).toList());
            byte[] bytes = JSON.writeValueAsBytes(new CalendarYear(year, entries));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return Map.of("quarkus.rest-client.plan.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static OfficerView view(DemoOrganisation.Officer officer, LocalDate asOf) {
        List<Assignment> assignments = List.copyOf(ASSIGNMENTS.getOrDefault(officer.id(), List.of()));
        Optional<Assignment> inForce = assignments.stream().filter(a -> a.covers(asOf)).findFirst();
        return new OfficerView(officer.id(), officer.organisationCode(), officer.username(), officer.fullName(),
                inForce.map(Assignment::unitCode).orElse(officer.unitCode()),
                inForce.map(Assignment::position).orElse(officer.position()), officer.role(), officer.quotaGroup(),
                null, true, null, assignments, List.copyOf(LEAVES.getOrDefault(officer.id(), List.of())));
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> parameters = new HashMap<>();
        String query = exchange.getRequestURI().getQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                parameters.put(parts[0], parts.length == 2 ? parts[1] : "");
            }
        }
        return parameters;
    }

    /** Answers the body for the organisation of the bearer token; 401 without one. */
    private static void answer(HttpExchange exchange, Function<String, ?> body) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        byte[] bytes;
        int status;
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            status = 401;
            bytes = new byte[0];
        } else {
            AUTHORIZATIONS.add(authorization);
            READS.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicLong()).incrementAndGet();
            status = 200;
            bytes = JSON.writeValueAsBytes(body.apply(organisation(authorization.substring("Bearer ".length()))));
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The token's organisation claim (the signature was checked by the service that forwards it). */
    private static String organisation(String token) throws IOException {
        String[] parts = token.split("\\.");
        JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        return claims.path(Claims.ORGANISATION).asText(null);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
