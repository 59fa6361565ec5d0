package vn.hungyen.snv.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The {@link Caller} of the current request, read from its verified JWT. */
@RequestScoped
public class CurrentCaller {

    private final JsonWebToken token;

    CurrentCaller(JsonWebToken token) {
        this.token = token;
    }

    public Caller get() {
        String username = token.getName();
        return new Caller(username == null ? "" : username, Set.copyOf(token.getGroups()), stringClaim(Claims.UNIT),
                officerId(), stringSet(Claims.SUPERVISED_UNITS));
    }

    private String stringClaim(String name) {
        Object value = token.getClaim(name);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value == null ? null : value.toString();
    }

    private Long officerId() {
        Object value = token.getClaim(Claims.OFFICER_ID);
        if (value instanceof JsonNumber n) {
            return n.longValue();
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        return value == null ? null : Long.valueOf(value.toString());
    }

    private Set<String> stringSet(String name) {
        Object value = token.getClaim(name);
        Set<String> result = new LinkedHashSet<>();
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                result.add(item instanceof JsonString s ? s.getString() : item.toString());
            }
        } else if (value instanceof Iterable<?> items) {
            items.forEach(item -> result.add(item.toString()));
        }
        return Set.copyOf(result);
    }
}
