package vn.hungyen.snv.webui.domain;

import vn.hungyen.snv.common.security.Roles;

/**
 * What the pages call a role: the leaders' titles follow the kind of organisation (a department's Director is
 * "Giám đốc Sở", a People's Committee's is its Chairman).
 */
public final class RoleTitles {

    private RoleTitles() {
    }

    /** The title of the role in an organisation of this kind ({@code null}: none, as for the system administrator). */
    public static String of(String role, String organisationKind) {
        String kind = organisationKind == null ? "" : organisationKind;
        return switch (role) {
            case Roles.SYSTEM_ADMIN -> "Quản trị viên hệ thống";
            case Roles.ADMIN -> "Quản trị tổ chức";
            case Roles.DIRECTOR -> kind.equals("SO") ? "Giám đốc Sở"
                    : kind.startsWith("UBND") ? "Chủ tịch UBND" : "Thủ trưởng cơ quan";
            case Roles.DEPUTY_DIRECTOR -> kind.equals("SO") ? "Phó Giám đốc Sở"
                    : kind.startsWith("UBND") ? "Phó Chủ tịch UBND" : "Cấp phó của thủ trưởng cơ quan";
            case Roles.HEAD -> "Lãnh đạo phòng, ban, đơn vị";
            case Roles.OFFICER -> "Công chức, viên chức";
            default -> role;
        };
    }
}
