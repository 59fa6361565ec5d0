package vn.hungyen.snv.webui.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What an account's user name, roles and new password must be; each check answers the Vietnamese message. */
public final class AccountRules {

    /** Lowercase letters, digits and dots, 3 to 64 characters. */
    public static final String USERNAME_PATTERN = "[a-z0-9.]{3,64}";
    /** The roles an organisation's administrator may grant; the system administrator's is not one of them. */
    public static final List<String> GRANTABLE_ROLES = List.of("admin", "director", "deputy_director", "head",
            "officer");

    private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);

    private AccountRules() {
    }

    public static Optional<String> usernameProblem(String username) {
        return username != null && USERNAME.matcher(username).matches() ? Optional.empty()
                : Optional.of("Tên đăng nhập chỉ gồm chữ thường, chữ số và dấu chấm, dài từ 3 đến 64 ký tự.");
    }

    public static Optional<String> rolesProblem(List<String> roles) {
        if (roles == null || roles.isEmpty()) {
            return Optional.of("Cần chọn ít nhất một vai trò.");
        }
        if (roles.stream().anyMatch(role -> role == null || !GRANTABLE_ROLES.contains(role))) {
            return Optional.of("Vai trò phải là một trong: " + String.join(", ", GRANTABLE_ROLES) + ".");
        }
        return Optional.empty();
    }

    /** The roles a system administrator grants: an organisation's administrator only. */
    public static Optional<String> systemAdministratorGrantProblem(List<String> roles) {
        return roles != null && !roles.isEmpty() && roles.stream().allMatch("admin"::equals) ? Optional.empty()
                : Optional.of("Quản trị viên hệ thống chỉ tạo tài khoản quản trị (vai trò admin) cho một tổ chức.");
    }

    /** A new password: long enough, without the user name, and not the current one. */
    public static Optional<String> newPasswordProblem(String username, String current, String proposed,
            int minLength) {
        if (proposed == null || proposed.length() < minLength) {
            return Optional.of("Mật khẩu mới phải có ít nhất " + minLength + " ký tự.");
        }
        if (proposed.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Mật khẩu mới không được chứa tên đăng nhập.");
        }
        if (proposed.equals(current)) {
            return Optional.of("Mật khẩu mới phải khác mật khẩu hiện tại.");
        }
        return Optional.empty();
    }
}
