package vn.hungyen.snv.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.hungyen.snv.common.rest.ProblemException;

/** The {@link Caller} of the current request, read from its verified JWT. */
@RequestScoped
public class CurrentCaller {

    private final JsonWebToken token;

    CurrentCaller(JsonWebToken token) {
        this.token = token;
    }

    /**
     * The caller; a token that names no organisation is refused (403 {@code no-organisation}) unless it is the
     * system administrator's, who belongs to none.
     */
    public Caller get() {
        String username = token.getName();
        Set<String> roles = Set.copyOf(token.getGroups());
        String organisation = stringClaim(Claims.ORGANISATION);
        if (organisation == null && !roles.contains(Roles.SYSTEM_ADMIN)) {
            throw new ProblemException(403, "no-organisation", "Thẻ truy cập không thuộc tổ chức nào",
                    "Thẻ truy cập thiếu mã tổ chức (claim \"" + Claims.ORGANISATION
                            + "\"); hãy đăng nhập lại để nhận thẻ mới.");
        }
        return new Caller(username == null ? "" : username, roles, organisation, stringClaim(Claims.UNIT),
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
