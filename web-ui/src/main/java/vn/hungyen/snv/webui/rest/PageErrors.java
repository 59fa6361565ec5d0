package vn.hungyen.snv.webui.rest;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.FormEncodedDataDefinition;
import vn.hungyen.snv.common.rest.QueryParameters;

/**
 * A page asked for with a query parameter of the wrong form (an address typed or edited by hand) shows the message
 * on a page of the site, not the problem body the services answer with; so does a form that cannot be decoded.
 */
public class PageErrors {

    /** RESTEasy Reactive's decoder of {@code application/x-www-form-urlencoded} bodies. */
    private static final String FORM_DECODER = FormEncodedDataDefinition.class.getName();

    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response invalidParameter(QueryParameters.Invalid e) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE)
                .entity(PageResource.Templates.error(e.getMessage())).build();
    }

    /**
     * A form body that cannot be decoded (broken percent-encoding such as {@code title=%ZZ%}) is a 400 that says
     * so, and reaches no resource. Any other {@link IllegalArgumentException} stays the server error it was.
     */
    @ServerExceptionMapper
    public Response undecodableForm(IllegalArgumentException e, UriInfo uri) {
        if (!Arrays.stream(e.getStackTrace()).anyMatch(frame -> frame.getClassName().startsWith(FORM_DECODER))) {
            throw e;
        }
        return FormGuard.malformed(uri.getPath().startsWith("/api/"));
    }
}
