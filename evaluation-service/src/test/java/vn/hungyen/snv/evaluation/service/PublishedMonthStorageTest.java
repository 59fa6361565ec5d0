package vn.hungyen.snv.evaluation.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.evaluation.repository.AssessmentRepository;
import vn.hungyen.snv.evaluation.repository.PublishedMonth;
import vn.hungyen.snv.evaluation.service.RatingViews.MonthRatings;
import vn.hungyen.snv.evaluation.service.RatingViews.OfficerRating;
import vn.hungyen.snv.evaluation.testing.FakePlanService;
import vn.hungyen.snv.evaluation.testing.MonthSteps;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/**
 * A published month stored per officer (snapshot version 3, issue 10) in the real database: it reads back as it was
 * written, a unit's or an officer's rows are read alone as the whole month gives them, an adjustment rewrites the
 * rows of the officers whose rating changed, a month stored as one JSON value (version 2) is stored per officer when
 * adjusted, and a publication whose rows cannot all be written leaves nothing.
 */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
class PublishedMonthStorageTest {

    /** More officers than one statement writes, so that a month takes several. */
    private static final int OFFICERS = 450;

    @Inject
    MonthSnapshot snapshots;

    @Inject
    AssessmentRepository assessments;


    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    @Test
    void aPublishedMonthReadsBackAsPublished() throws IOException {
        YearMonth month = TaskEvents.unusedYear().atMonth(3);
        MonthSteps.completeEveryStep(month.toString());

        // the answer to publishing is the month as published, without the officers' products
        MonthRatings published = json.readValue(given().header("Authorization", TestTokens.bearer("director"))
                .post("/api/evaluations/" + month + "/publish").then().statusCode(200).extract().asString(),
                MonthRatings.class);

        PublishedMonth record = publication(DemoOrganisation.DEPARTMENT, month.toString());
        assertThat(record.snapshotVersion).isEqualTo(MonthSnapshot.VERSION);
        assertThat(rowCount(DemoOrganisation.DEPARTMENT, month.toString())).isEqualTo(published.officers().size());
        assertThat(published.officers()).isNotEmpty();
        assertThat(published.units()).isNotEmpty();
        MonthRatings read = read(record);
        assertThat(new MonthRatings(read.month(), read.published(), read.publishedAt(),
                read.officers().stream().map(OfficerRating::withoutProducts).toList(), read.units()))
                .isEqualTo(published);
    }

    @Test
    void aMonthOfSeveralStatementsReadsBackInItsOrder() throws IOException {
        MonthRatings month = month(OFFICERS);
        PublishedMonth record = record();

        QuarkusTransaction.requiringNew().run(() -> snapshots.write(record, month));

        PublishedMonth stored = publication(record.organisationCode, record.month);
        assertThat(rowCount(record.organisationCode, record.month)).isEqualTo(OFFICERS);
        MonthRatings read = read(stored);
        assertThat(read).isEqualTo(month);
        assertThat(read.officers().get(0).products()).hasSize(2);
        assertThat(read.units().get(0).cappedByMember()).isTrue();
    }

    @Test
    void aUnitsOrAnOfficersRowsAreReadAloneAsTheWholeMonthGivesThem() throws IOException {
        MonthRatings month = inUnits(month(OFFICERS), 3);
        PublishedMonth record = record();
        QuarkusTransaction.requiringNew().run(() -> snapshots.write(record, month));
        assertSelectionsAreTheWholeMonths(publication(record.organisationCode, record.month), month);
        assertThat(read(publication(record.organisationCode, record.month), OfficerSelection.ofUnit("U2")).officers())
                .hasSize(OFFICERS / 3);

        MonthRatings adjusted = withTotal(month, 301, new BigDecimal("71.50"));
        QuarkusTransaction.requiringNew().run(() -> {
            PublishedMonth stored = stored(record);
            snapshots.rewrite(stored, adjusted, snapshots.read(stored));
        });
        assertSelectionsAreTheWholeMonths(publication(record.organisationCode, record.month), adjusted);
        assertThat(read(publication(record.organisationCode, record.month), OfficerSelection.ofOfficer(1301))
                .officers().get(0).total()).isEqualByComparingTo("71.50");

        // only the unit's rows are read: another unit's unreadable row does not stop its page, but the whole month
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("update published_officer"
                + " set rating = 'not JSON' where organisation_code = ?1 and officer_id = 1000")
                .setParameter(1, record.organisationCode).executeUpdate());
        PublishedMonth unreadable = publication(record.organisationCode, record.month);
        assertThat(read(unreadable, OfficerSelection.ofUnit("U2")))
                .isEqualTo(OfficerSelection.ofUnit("U2").of(adjusted));
        assertThatThrownBy(() -> read(unreadable)).hasStackTraceContaining("cannot be read");
    }

    @Test
    void anAdjustmentRewritesOnlyTheRowsOfTheOfficersWhoseRatingChanged() throws IOException {
        MonthRatings month = month(OFFICERS);
        PublishedMonth record = record();
        QuarkusTransaction.requiringNew().run(() -> snapshots.write(record, month));
        Map<Long, String> versionsBefore = rowVersions(record.organisationCode, record.month);

        MonthRatings adjusted = withTotal(month, 301, new BigDecimal("71.50"));
        QuarkusTransaction.requiringNew().run(() -> {
            PublishedMonth stored = stored(record);
            snapshots.rewrite(stored, adjusted, snapshots.read(stored));
        });

        assertThat(read(publication(record.organisationCode, record.month))).isEqualTo(adjusted);
        Map<Long, String> versionsAfter = rowVersions(record.organisationCode, record.month);
        assertThat(versionsAfter.keySet()).isEqualTo(versionsBefore.keySet());
        assertThat(versionsAfter.entrySet().stream().filter(e -> !e.getValue().equals(versionsBefore.get(e.getKey())))
                .map(Map.Entry::getKey)).containsExactly(1301L);
    }

    @Test
    void aMonthStoredAsOneJsonValueReadsAsBeforeAndIsStoredPerOfficerWhenAdjusted() throws IOException {
        MonthRatings month = month(3);
        PublishedMonth record = record();
        record.snapshotVersion = 2;
        record.ratings = json.writeValueAsString(month);
        QuarkusTransaction.requiringNew().run(() -> record.persist());

        assertThat(read(publication(record.organisationCode, record.month))).isEqualTo(month);
        assertThat(read(publication(record.organisationCode, record.month), OfficerSelection.ofOfficer(1001)))
                .isEqualTo(OfficerSelection.ofOfficer(1001).of(month));
        assertThat(read(publication(record.organisationCode, record.month), OfficerSelection.ofUnit("CCHC")))
                .isEqualTo(month);
        assertThat(rowCount(record.organisationCode, record.month)).isZero();

        MonthRatings adjusted = withTotal(month, 1, new BigDecimal("80.25"));
        QuarkusTransaction.requiringNew().run(() -> {
            PublishedMonth stored = stored(record);
            snapshots.rewrite(stored, adjusted, snapshots.read(stored));
        });

        PublishedMonth stored = publication(record.organisationCode, record.month);
        assertThat(stored.snapshotVersion).isEqualTo(MonthSnapshot.VERSION);
        assertThat(rowCount(record.organisationCode, record.month)).isEqualTo(3);
        assertThat(read(stored)).isEqualTo(adjusted);
    }

    @Test
    void aPublicationWhoseRowsCannotAllBeWrittenLeavesNothing() throws IOException {
        MonthRatings month = month(OFFICERS);
        PublishedMonth record = record();
        // the database refuses the 301st officer, in the publication's second statement
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                create function pub_test_refuse() returns trigger language plpgsql as $$
                begin
                    if new.organisation_code = '%s' and new.position = 300 then
                        raise exception 'refused for the test';
                    end if;
                    return new;
                end $$;
                create trigger pub_test_refuse before insert on published_officer
                    for each row execute function pub_test_refuse();""".formatted(record.organisationCode))
                .executeUpdate());
        try {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> snapshots.write(record, month)))
                    .hasStackTraceContaining("refused for the test");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                    drop trigger pub_test_refuse on published_officer;
                    drop function pub_test_refuse();""").executeUpdate());
        }

        assertThat(QuarkusTransaction.requiringNew().call(() -> assessments.published(record.organisationCode,
                YearMonth.parse(record.month)))).isEmpty();
        assertThat(rowCount(record.organisationCode, record.month)).isZero();
    }

    /** The sample month of version 1 with {@code officers} officers (ids 1000 on), each with the sample's products. */
    private MonthRatings month(int officers) throws IOException {
        ObjectNode month;
        try (InputStream in = getClass().getResourceAsStream("/snapshots/month-v1.json")) {
            month = (ObjectNode) json.readTree(in);
        }
        ObjectNode sample = (ObjectNode) month.get("officers").get(0);
        ArrayNode list = month.putArray("officers");
        for (int i = 0; i < officers; i++) {
            list.add(sample.deepCopy().put("officerId", 1000 + i).put("fullName", "Công chức " + (i + 1)));
        }
        return json.treeToValue(month, MonthRatings.class);
    }

    /** {@code month} with its officers in {@code units} units in turn (U1, U2, …): each unit's officers are apart. */
    private MonthRatings inUnits(MonthRatings month, int units) throws IOException {
        ArrayNode officers = json.createArrayNode();
        for (int i = 0; i < month.officers().size(); i++) {
            ObjectNode officer = json.valueToTree(month.officers().get(i));
            officers.add(officer.put("unitCode", "U" + (i % units + 1)));
        }
        return new MonthRatings(month.month(), month.published(), month.publishedAt(),
                List.of(json.treeToValue(officers, OfficerRating[].class)), month.units());
    }

    /**
     * Each unit's officers of {@code record} (and of a unit it does not have), and single officers, read alone, are
     * those of {@code month} in its order, as the whole month read gives them.
     */
    private void assertSelectionsAreTheWholeMonths(PublishedMonth record, MonthRatings month) {
        MonthRatings whole = read(record);
        assertThat(whole).isEqualTo(month);
        for (String unit : List.of("U1", "U2", "U3", "U4")) {
            assertThat(read(record, OfficerSelection.ofUnit(unit))).as(unit)
                    .isEqualTo(OfficerSelection.ofUnit(unit).of(whole));
        }
        for (long officerId : List.of(1000L, 1301L, 1000L + OFFICERS - 1, 999L)) {
            assertThat(read(record, OfficerSelection.ofOfficer(officerId))).as("officer " + officerId)
                    .isEqualTo(OfficerSelection.ofOfficer(officerId).of(whole));
        }
    }

    /** {@code month} with the total of the officer at {@code index} replaced (as an adjustment re-derives it). */
    private MonthRatings withTotal(MonthRatings month, int index, BigDecimal total) {
        List<OfficerRating> officers = new ArrayList<>(month.officers());
        ObjectNode officer = json.valueToTree(officers.get(index));
        officer.put("total", total);
        try {
            officers.set(index, json.treeToValue(officer, OfficerRating.class));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new MonthRatings(month.month(), month.published(), month.publishedAt(), officers, month.units());
    }

    /** A new publication of the sample's month, in an organisation of its own. */
    private static PublishedMonth record() {
        PublishedMonth record = new PublishedMonth();
        record.organisationCode = "PUB-" + UUID.randomUUID().toString().substring(0, 8);
        record.month = "2024-03";
        record.publishedAt = Instant.parse("2024-04-08T02:15:30.123456Z");
        record.publishedBy = "director";
        return record;
    }

    /** The stored publication of {@code record}'s month, in the caller's transaction. */
    private PublishedMonth stored(PublishedMonth record) {
        return assessments.published(record.organisationCode, YearMonth.parse(record.month)).orElseThrow();
    }

    /** The stored publication, its month's own JSON loaded (it is read lazily). */
    private PublishedMonth publication(String organisationCode, String month) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PublishedMonth record = assessments.published(organisationCode, YearMonth.parse(month)).orElseThrow();
            assertThat(record.ratings).isNotBlank();
            return record;
        });
    }

    private MonthRatings read(PublishedMonth record) {
        return QuarkusTransaction.requiringNew().call(() -> snapshots.read(record));
    }

    private MonthRatings read(PublishedMonth record, OfficerSelection which) {
        return QuarkusTransaction.requiringNew().call(() -> snapshots.read(record, which));
    }

    private long rowCount(String organisationCode, String month) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from published_officer where organisation_code = ?1 and month = ?2")
                .setParameter(1, organisationCode).setParameter(2, month).getSingleResult()).longValue());
    }

    /** Each officer's row version ({@code xmin}): it changes when the row is rewritten. */
    private Map<Long, String> rowVersions(String organisationCode, String month) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, String> versions = new LinkedHashMap<>();
            for (Object row : entityManager.createNativeQuery("select officer_id, xmin::text from published_officer"
                    + " where organisation_code = ?1 and month = ?2 order by position")
                    .setParameter(1, organisationCode).setParameter(2, month).getResultList()) {
                Object[] columns = (Object[]) row;
                versions.put(((Number) columns[0]).longValue(), (String) columns[1]);
            }
            return versions;
        });
    }
}
