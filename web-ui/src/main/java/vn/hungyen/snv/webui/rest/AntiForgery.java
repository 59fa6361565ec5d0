package vn.hungyen.snv.webui.rest;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The anti-forgery token of the page session ({@code inject:csrf.token} in templates): a hash of the session cookie,
 * which another site can neither read nor compute. Every form carries it in the field {@value #FIELD}, htmx requests
 * in the header {@value #HEADER}; {@link FormGuard} compares. A visitor without a session cookie has no token.
 */
@Named("csrf")
@RequestScoped
public class AntiForgery {

    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";

    private final HttpServerRequest request;

    AntiForgery(HttpServerRequest request) {
        this.request = request;
    }

    /** The token of this request's session; empty without one. */
    public String getToken() {
        Cookie session = request.getCookie(PageResource.TOKEN_COOKIE);
        return session == null ? "" : tokenOf(session.getValue());
    }

    /** The token bound to a session cookie's value; empty for an empty value. */
    static String tokenOf(String sessionCookie) {
        if (sessionCookie == null || sessionCookie.isEmpty()) {
            return "";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("snv-anti-forgery:" + sessionCookie).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Whether {@code presented} is the token of the session cookie, compared in constant time. */
    static boolean matches(String sessionCookie, String presented) {
        String expected = tokenOf(sessionCookie);
        return !expected.isEmpty() && presented != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.UTF_8));
    }
}
