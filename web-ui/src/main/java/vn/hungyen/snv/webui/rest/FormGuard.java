package vn.hungyen.snv.webui.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import vn.hungyen.snv.common.rest.Problem;

/**
 * Refuses forged and malformed writes, in one place for every page. A request that may change something (any method
 * but GET, HEAD and OPTIONS) to a page, or to {@code /api/**} authenticated by the session cookie instead of an
 * {@code Authorization} header, must come from the site's own origin ({@code Origin}, else {@code Referer}) and, when
 * it carries a session cookie, present the session's {@link AntiForgery} token (form field or header); otherwise it
 * is a 403. A form field holding a control character (NUL and the like) is a 400. The page's answer is a Vietnamese
 * page, the API's a problem body. Bearer-authenticated API calls are not cookie-based and pass untouched.
 */
public class FormGuard {

    private static final Logger LOG = Logger.getLogger(FormGuard.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused(String title, String message);
    }

    static final String FORGED_TITLE = "Yêu cầu bị từ chối";
    static final String FORGED = "Yêu cầu này không được gửi từ một trang của hệ thống, hoặc trang đã cũ, nên không "
            + "được thực hiện. Vui lòng mở lại trang và thử lại.";
    static final String MALFORMED_TITLE = "Dữ liệu không hợp lệ";
    static final String MALFORMED = "Dữ liệu gửi lên có ký tự không hợp lệ (ký tự điều khiển hoặc mã hóa sai) nên "
            + "không được lưu. Vui lòng kiểm tra lại nội dung đã nhập rồi gửi lại.";

    private final Optional<List<String>> allowedOrigins;

    FormGuard(@ConfigProperty(name = "app.web.allowed-origins") Optional<List<String>> allowedOrigins) {
        this.allowedOrigins = allowedOrigins.map(list -> list.stream().map(FormGuard::originOf).toList());
    }

    @ServerRequestFilter(readBody = true)
    public Optional<Response> guard(ResteasyReactiveContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return Optional.empty();
        }
        boolean api = request.getUriInfo().getPath().startsWith("/api/");
        Cookie cookie = request.getCookies().get(PageResource.TOKEN_COOKIE);
        String session = cookie == null || cookie.getValue().isEmpty() ? null : cookie.getValue();
        if (api && (session == null || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null)) {
            return Optional.empty();
        }
        FormData form = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormData();
        if (!fromOwnOrigin(request)) {
            return refuse(request, api, "it does not come from the site's own origin");
        }
        if (session != null && !AntiForgery.matches(session, presentedToken(request, form))) {
            return refuse(request, api, "it lacks the session's anti-forgery token");
        }
        if (form != null && holdsControlCharacters(form)) {
            return Optional.of(malformed(api));
        }
        return Optional.empty();
    }

    /** The answer to a form that cannot be read or holds characters no field may hold. */
    static Response malformed(boolean api) {
        return api ? problem(400, "malformed-form", MALFORMED_TITLE, MALFORMED)
                : page(Response.Status.BAD_REQUEST, MALFORMED_TITLE, MALFORMED);
    }

    private Optional<Response> refuse(ResteasyReactiveContainerRequestContext request, boolean api, String why) {
        LOG.warnf("Refused %s %s: %s (Origin %s, Referer %s, site %s)", request.getMethod(),
                request.getUriInfo().getPath(), why, request.getHeaderString("Origin"),
                request.getHeaderString("Referer"), request.getUriInfo().getBaseUri());
        return Optional.of(api ? problem(403, "forged-request", FORGED_TITLE, FORGED)
                : page(Response.Status.FORBIDDEN, FORGED_TITLE, FORGED));
    }

    private static Response page(Response.Status status, String title, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.refused(title, message)).build();
    }

    private static Response problem(int status, String code, String title, String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(Problem.of(status, code, title, detail))
                .build();
    }

    private static String presentedToken(ResteasyReactiveContainerRequestContext request, FormData form) {
        String header = request.getHeaderString(AntiForgery.HEADER);
        if (header != null || form == null) {
            return header;
        }
        FormValue field = form.getFirst(AntiForgery.FIELD);
        return field == null || field.isFileItem() ? null : field.getValue();
    }

    private boolean fromOwnOrigin(ResteasyReactiveContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        String claimed = originOf(origin != null ? origin : request.getHeaderString("Referer"));
        if (claimed == null) {
            return false;
        }
        return allowedOrigins.map(list -> list.contains(claimed))
                .orElseGet(() -> claimed.equals(originOf(request.getUriInfo().getBaseUri().toString())));
    }

    /** {@code scheme://host[:port]} of an address, lower case and without a default port; null when it has none. */
    static String originOf(String address) {
        if (address == null) {
            return null;
        }
        try {
            URI uri = new URI(address.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || port == 80 && scheme.equals("http") || port == 443
                    && scheme.equals("https");
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static boolean holdsControlCharacters(FormData form) {
        for (String name : form) {
            if (hasControlCharacter(name)) {
                return true;
            }
            for (FormValue value : form.get(name)) {
                if (!value.isFileItem() && hasControlCharacter(value.getValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Control characters other than tab and line breaks (NUL first of all), which no field of a form holds. */
    static boolean hasControlCharacter(String text) {
        return text != null && text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                || c == 0x7f);
    }
}
