package vn.hungyen.snv.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static Caller caller(String role, String unit, Long officerId, Set<String> supervised) {
        return new Caller("someone", Set.of(role), "SNV", unit, officerId, supervised);
    }

    @Test
    void aCallerBelongsOnlyToTheOrganisationOfTheToken() {
        Caller director = caller(Roles.DIRECTOR, null, 1L, Set.of());
        assertThat(director.belongsTo("SNV")).isTrue();
        assertThat(director.belongsTo("MYHAO")).isFalse();
        assertThat(director.belongsTo(null)).isFalse();
        Caller systemAdministrator = new Caller("sysadmin", Set.of(Roles.SYSTEM_ADMIN), null, null, null, Set.of());
        assertThat(systemAdministrator.belongsTo(null)).isFalse();
        assertThat(systemAdministrator.belongsTo("SNV")).isFalse();
    }

    @Test
    void directorAndAdminSeeEveryUnit() {
        assertThat(caller(Roles.DIRECTOR, null, 1L, Set.of()).seesUnit("TTRA")).isTrue();
        assertThat(caller(Roles.ADMIN, null, null, Set.of()).seesUnit("VP")).isTrue();
    }

    @Test
    void theServiceIdentitySeesItsWholeOrganisationAndNoOther() {
        Caller service = new Caller("task-service", Set.of(Roles.SERVICE), "SNV", null, null, Set.of());
        assertThat(service.seesEverything()).isTrue();
        assertThat(service.seesOfficer(49L, "CCHC")).isTrue();
        assertThat(service.belongsTo("MYHAO")).isFalse();
    }

    @Test
    void aDeputyDirectorSeesOnlyTheUnitsTheySupervise() {
        Caller deputy = caller(Roles.DEPUTY_DIRECTOR, null, 2L, Set.of("CCHC", "VP"));
        assertThat(deputy.seesUnit("CCHC")).isTrue();
        assertThat(deputy.seesUnit("TTRA")).isFalse();
    }

    @Test
    void workIsAssignedToTheUnitsSeenWholeAndNeverByAnOfficer() {
        assertThat(caller(Roles.DIRECTOR, null, 1L, Set.of()).mayAssignTo("TTRA")).isTrue();
        Caller deputy = caller(Roles.DEPUTY_DIRECTOR, null, 2L, Set.of("CCHC", "VP"));
        assertThat(deputy.mayAssignTo("VP")).isTrue();
        assertThat(deputy.mayAssignTo("TTRA")).isFalse();
        assertThat(caller(Roles.HEAD, "VP", 5L, Set.of()).mayAssignTo("VP")).isTrue();
        assertThat(caller(Roles.HEAD, "VP", 5L, Set.of()).mayAssignTo("CCHC")).isFalse();
        assertThat(caller(Roles.OFFICER, "CCHC", 49L, Set.of()).mayAssignTo("CCHC")).isFalse();
    }

    @Test
    void aHeadSeesTheirOwnUnitOnly() {
        Caller head = caller(Roles.HEAD, "VP", 5L, Set.of());
        assertThat(head.seesUnit("VP")).isTrue();
        assertThat(head.seesUnit("CCHC")).isFalse();
        assertThat(head.seesUnit(null)).isFalse();
    }

    @Test
    void anOfficerSeesTheirOwnDataButNotTheirUnits() {
        Caller officer = caller(Roles.OFFICER, "CCHC", 49L, Set.of());
        assertThat(officer.seesUnit("CCHC")).isFalse();
        assertThat(officer.seesOfficer(49L, "CCHC")).isTrue();
        assertThat(officer.seesOfficer(50L, "CCHC")).isFalse();
        assertThat(officer.seesOfficer(null, "CCHC")).isFalse();
    }
}
