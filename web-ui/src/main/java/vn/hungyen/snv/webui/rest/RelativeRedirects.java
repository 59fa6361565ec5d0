package vn.hungyen.snv.webui.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.Objects;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every redirect of the site names a path of the site itself, but JAX-RS makes its {@code Location} absolute with
 * the scheme and {@code Host} the request came with, which anyone may set ({@code Host: evil.example}). This keeps
 * only the path and query of such a {@code Location}, so that the browser resolves it against the address it used.
 */
public class RelativeRedirects {

    @ServerResponseFilter
    public void relativise(ContainerRequestContext request, ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location == null) {
            return;
        }
        URI target = location instanceof URI uri ? uri : URI.create(location.toString());
        URI base = request.getUriInfo().getBaseUri();
        if (target.isAbsolute() && Objects.equals(target.getScheme(), base.getScheme())
                && Objects.equals(target.getRawAuthority(), base.getRawAuthority())) {
            response.getHeaders().putSingle(HttpHeaders.LOCATION, pathOf(target));
        }
    }

    static String pathOf(URI target) {
        // "//host" would be read as another site; a path of the site never starts so
        String path = target.getRawPath() == null ? "/" : "/" + target.getRawPath().replaceFirst("^/+", "");
        return path + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
                + (target.getRawFragment() == null ? "" : "#" + target.getRawFragment());
    }
}
