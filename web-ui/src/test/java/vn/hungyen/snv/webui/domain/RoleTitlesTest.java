package vn.hungyen.snv.webui.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.security.Roles;

class RoleTitlesTest {

    @Test
    void leadersAreTitledAsTheirKindOfOrganisationCallsThem() {
        assertThat(RoleTitles.of(Roles.DIRECTOR, "SO")).isEqualTo("Giám đốc Sở");
        assertThat(RoleTitles.of(Roles.DEPUTY_DIRECTOR, "SO")).isEqualTo("Phó Giám đốc Sở");
        assertThat(RoleTitles.of(Roles.DIRECTOR, "UBND_HUYEN")).isEqualTo("Chủ tịch UBND");
        assertThat(RoleTitles.of(Roles.DEPUTY_DIRECTOR, "UBND_XA")).isEqualTo("Phó Chủ tịch UBND");
        assertThat(RoleTitles.of(Roles.DIRECTOR, null)).isEqualTo("Thủ trưởng cơ quan");
        assertThat(RoleTitles.of(Roles.DEPUTY_DIRECTOR, "BAN")).isEqualTo("Cấp phó của thủ trưởng cơ quan");
    }

    @Test
    void otherRolesHaveOneTitleEverywhere() {
        assertThat(RoleTitles.of(Roles.HEAD, "UBND_HUYEN")).isEqualTo(RoleTitles.of(Roles.HEAD, "SO"))
                .isEqualTo("Lãnh đạo phòng, ban, đơn vị");
        assertThat(RoleTitles.of(Roles.OFFICER, "SO")).isEqualTo("Công chức, viên chức");
        assertThat(RoleTitles.of(Roles.ADMIN, "SO")).isEqualTo("Quản trị tổ chức");
        assertThat(RoleTitles.of(Roles.SYSTEM_ADMIN, null)).isEqualTo("Quản trị viên hệ thống");
    }
}
