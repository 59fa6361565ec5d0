package vn.hungyen.snv.common.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestTargetTest {

    @Test
    void ordinaryTargetsPass() {
        assertThat(RequestTarget.problem("/api/tasks?unit=CCHC&dueTo=2024-03-31")).isEmpty();
        assertThat(RequestTarget.problem("/api/plans?q=c%E1%BA%A3i+c%C3%A1ch%20h%C3%A0nh%20ch%C3%ADnh")).isEmpty();
        assertThat(RequestTarget.problem("/tasks?q=50%25")).isEmpty();
        assertThat(RequestTarget.problem("/")).isEmpty();
        assertThat(RequestTarget.problem(null)).isEmpty();
    }

    @Test
    void escapedControlCharactersAreRefusedInPathAndQuery() {
        assertThat(RequestTarget.problem("/api/tasks?unit=%00")).hasValueSatisfying(p -> assertThat(p)
                .contains("ký tự điều khiển", "U+0000"));
        assertThat(RequestTarget.problem("/api/plans/%00")).isPresent();
        assertThat(RequestTarget.problem("/api/plans/1/items?supervisor=a%0Ab")).isPresent();
        assertThat(RequestTarget.problem("/api/tasks?q=%7F")).isPresent();
    }

    @Test
    void malformedEscapesAndEscapesThatAreNotUtf8AreRefused() {
        assertThat(RequestTarget.problem("/api/tasks?unit=%ZZ")).hasValueSatisfying(p -> assertThat(p)
                .contains("\"%ZZ\"", "%25"));
        assertThat(RequestTarget.problem("/api/tasks?unit=%4")).isPresent();
        assertThat(RequestTarget.problem("/api/tasks?unit=50%")).isPresent();
        assertThat(RequestTarget.problem("/api/tasks?unit=%C3%28")).hasValueSatisfying(p -> assertThat(p)
                .contains("UTF-8"));
        assertThat(RequestTarget.problem("/api/tasks?unit=%ED%A0%80")).as("an encoded lone surrogate").isPresent();
    }
}
