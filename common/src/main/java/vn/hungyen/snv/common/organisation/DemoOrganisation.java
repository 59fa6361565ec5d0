package vn.hungyen.snv.common.organisation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The demo organisation of the Department (Ban Giám đốc, nine units, their officers and
 * accounts), kept as two CSV files under {@code demo/}. plan-service loads it as the
 * organisation and web-ui as the accounts, in the demo, dev and test profiles only.
 */
public record DemoOrganisation(List<Unit> units, List<Officer> officers) {

    /** A unit of the Department. */
    public record Unit(String code, String name, String headUsername, String supervisorUsername) {
    }

    /** An officer with their account; {@code unitCode} is null for the Director and deputies. */
    public record Officer(long id, String username, String fullName, String unitCode, String position, String role,
            String quotaGroup) {
    }

    public static DemoOrganisation load() {
        List<Unit> units = read("demo/units.csv", r -> new Unit(r.get("code"), r.get("name"), r.get("headUsername"),
                r.get("supervisorUsername")));
        List<Officer> officers = read("demo/officers.csv", r -> new Officer(Long.parseLong(r.get("id")),
                r.get("username"), r.get("fullName"), blankToNull(r.get("unitCode")), r.get("position"),
                r.get("role"), r.get("quotaGroup")));
        return new DemoOrganisation(units, officers);
    }

    /** The units a deputy director supervises. */
    public List<String> unitsSupervisedBy(String username) {
        return units.stream().filter(u -> u.supervisorUsername().equals(username)).map(Unit::code).toList();
    }

    public Officer officer(String username) {
        return officers.stream().filter(o -> o.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo officer " + username));
    }

    private static <T> List<T> read(String resource, Function<CSVRecord, T> mapper) {
        var stream = Objects.requireNonNull(DemoOrganisation.class.getClassLoader().getResourceAsStream(resource),
                resource);
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .map(mapper).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
