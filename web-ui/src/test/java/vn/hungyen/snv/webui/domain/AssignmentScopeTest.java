package vn.hungyen.snv.webui.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AssignmentScopeTest {

    @Test
    void theDirectorAndAdministratorsAssignToAnyUnit() {
        AssignmentScope director = new AssignmentScope(true, Set.of(), null);

        assertThat(director.mayAssign("CCHC")).isTrue();
        assertThat(director.mayAssign("TTRA")).isTrue();
    }

    @Test
    void aDeputyDirectorAssignsOnlyToTheUnitsTheySupervise() {
        AssignmentScope deputy = new AssignmentScope(false, Set.of("VP", "CCHC", "LTLS"), null);

        assertThat(deputy.mayAssign("CCHC")).isTrue();
        assertThat(deputy.mayAssign("VP")).isTrue();
        assertThat(deputy.mayAssign("TTRA")).isFalse();
    }

    @Test
    void aHeadOrDeputyHeadAssignsOnlyToTheirOwnUnit() {
        AssignmentScope head = new AssignmentScope(false, Set.of(), "CCHC");

        assertThat(head.mayAssign("CCHC")).isTrue();
        assertThat(head.mayAssign("VP")).isFalse();
    }

    @Test
    void anOfficerAssignsNothingAndAnItemWithoutLeadUnitIsAssignedByNobody() {
        assertThat(new AssignmentScope(false, Set.of(), null).mayAssign("CCHC")).isFalse();
        assertThat(new AssignmentScope(true, Set.of(), null).mayAssign(null)).isFalse();
    }
}
