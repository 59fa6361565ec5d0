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
 * The demo organisations — the Department (Sở Nội vụ, code {@value #DEPARTMENT}: Ban Giám đốc, nine units) and the
 * town People's Committee of Mỹ Hào (code {@value #MY_HAO}: its leaders and six offices) — with their officers and
 * accounts, kept as three CSV files under {@code demo/}. plan-service loads them as the organisations and web-ui as
 * the accounts, in the demo, dev and test profiles only.
 */
public record DemoOrganisation(List<Organisation> organisations, List<Unit> units, List<Officer> officers) {

    /** The Department's organisation code. */
    public static final String DEPARTMENT = "SNV";
    /** The Mỹ Hào People's Committee's organisation code. */
    public static final String MY_HAO = "MYHAO";

    /** An organisation: a provincial department ({@code SO}), a district or town People's Committee, ... */
    public record Organisation(String code, String name, String kind) {
    }

    /** A unit of an organisation; unit codes are unique across organisations. */
    public record Unit(String organisationCode, String code, String name, String headUsername,
            String supervisorUsername) {
    }

    /** An officer with their account; {@code unitCode} is null for the leaders (Director, deputies, chairs). */
    public record Officer(String organisationCode, long id, String username, String fullName, String unitCode,
            String position, String role, String quotaGroup) {
    }

    /** Every demo organisation. */
    public static DemoOrganisation load() {
        List<Organisation> organisations = read("demo/organisations.csv",
                r -> new Organisation(r.get("code"), r.get("name"), r.get("kind")));
        List<Unit> units = read("demo/units.csv", r -> new Unit(r.get("organisationCode"), r.get("code"),
                r.get("name"), r.get("headUsername"), r.get("supervisorUsername")));
        List<Officer> officers = read("demo/officers.csv", r -> new Officer(r.get("organisationCode"),
                Long.parseLong(r.get("id")), r.get("username"), r.get("fullName"), blankToNull(r.get("unitCode")),
                r.get("position"), r.get("role"), r.get("quotaGroup")));
        return new DemoOrganisation(organisations, units, officers);
    }

    /** One demo organisation only, e.g. {@code load().of(DEPARTMENT)}. */
    public DemoOrganisation of(String organisationCode) {
        return new DemoOrganisation(
                organisations.stream().filter(o -> o.code().equals(organisationCode)).toList(),
                units.stream().filter(u -> u.organisationCode().equals(organisationCode)).toList(),
                officers.stream().filter(o -> o.organisationCode().equals(organisationCode)).toList());
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
