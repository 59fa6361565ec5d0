package vn.hungyen.snv.webui.rest;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.hungyen.snv.common.rest.QueryParameters;

/**
 * A page asked for with a query parameter of the wrong form (an address typed or edited by hand) shows the message
 * on a page of the site, not the problem body the services answer with.
 */
public class PageErrors {

    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response invalidParameter(QueryParameters.Invalid e) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE)
                .entity(PageResource.Templates.error(e.getMessage())).build();
    }
}
