package vn.hungyen.snv.webui.rest;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.Set;

/**
 * Makes the tests' requests look as a page of the site sends them: every write gets the site's own {@code Origin}
 * and, with a session cookie, the session's anti-forgery token in the header htmx sends it in — unless the test set
 * them itself. Tests of {@link FormGuard} turn it off with {@code given().noFilters()}.
 */
public class SameOriginForms implements Filter, QuarkusTestBeforeEachCallback {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(SameOriginForms.class::isInstance)) {
            RestAssured.filters(new SameOriginForms());
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        if (!SAFE.contains(request.getMethod())) {
            if (!request.getHeaders().hasHeaderWithName("Origin")) {
                URI uri = URI.create(request.getURI());
                request.header("Origin", uri.getScheme() + "://" + uri.getRawAuthority());
            }
            Cookie session = request.getCookies().get(PageResource.TOKEN_COOKIE);
            if (session != null && !request.getHeaders().hasHeaderWithName(AntiForgery.HEADER)) {
                request.header(AntiForgery.HEADER, AntiForgery.tokenOf(session.getValue()));
            }
        }
        return context.next(request, response);
    }
}
