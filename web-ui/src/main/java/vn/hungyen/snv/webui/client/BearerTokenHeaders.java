package vn.hungyen.snv.webui.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/** Calls the services as the signed-in user: their session token becomes the bearer token. */
@ApplicationScoped
public class BearerTokenHeaders implements ClientHeadersFactory {

    @Inject
    JsonWebToken token;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        if (token.getRawToken() != null) {
            headers.putSingle("Authorization", "Bearer " + token.getRawToken());
        }
        return headers;
    }
}
