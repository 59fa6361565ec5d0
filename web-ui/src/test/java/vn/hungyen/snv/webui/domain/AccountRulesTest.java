package vn.hungyen.snv.webui.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    @Test
    void aUsernameIsLowercaseLettersDigitsAndDots() {
        assertThat(AccountRules.usernameProblem("officer.cchc.10")).isEmpty();
        assertThat(AccountRules.usernameProblem("ab")).isPresent();
        assertThat(AccountRules.usernameProblem("Head.CCHC")).isPresent();
        assertThat(AccountRules.usernameProblem("head_cchc")).isPresent();
        assertThat(AccountRules.usernameProblem("a".repeat(65))).isPresent();
        assertThat(AccountRules.usernameProblem(null)).isPresent();
    }

    @Test
    void onlyTheOrganisationsRolesMayBeGranted() {
        assertThat(AccountRules.rolesProblem(List.of("head", "officer"))).isEmpty();
        assertThat(AccountRules.rolesProblem(List.of())).contains("Cần chọn ít nhất một vai trò.");
        assertThat(AccountRules.rolesProblem(List.of("sysadmin"))).get().asString().startsWith("Vai trò phải là");
        assertThat(AccountRules.systemAdministratorGrantProblem(List.of("admin"))).isEmpty();
        assertThat(AccountRules.systemAdministratorGrantProblem(List.of("admin", "director"))).isPresent();
        assertThat(AccountRules.systemAdministratorGrantProblem(List.of())).isPresent();
        assertThat(AccountRules.rolesProblem(Arrays.asList("officer", null))).isPresent();
        assertThat(AccountRules.systemAdministratorGrantProblem(Arrays.asList("admin", null))).isPresent();
    }

    @Test
    void aNewPasswordIsLongDoesNotContainTheUsernameAndDiffersFromTheCurrentOne() {
        assertThat(AccountRules.newPasswordProblem("head.vp", "old password 1", "ngay-mai-troi-nang", 10)).isEmpty();
        assertThat(AccountRules.newPasswordProblem("head.vp", "old", "ngan-qua", 10))
                .contains("Mật khẩu mới phải có ít nhất 10 ký tự.");
        assertThat(AccountRules.newPasswordProblem("head.vp", "old", "xin-chao-HEAD.VP-2024", 10))
                .contains("Mật khẩu mới không được chứa tên đăng nhập.");
        assertThat(AccountRules.newPasswordProblem("head.vp", "mat-khau-cu-123", "mat-khau-cu-123", 10))
                .contains("Mật khẩu mới phải khác mật khẩu hiện tại.");
    }
}
