package vn.hungyen.snv.common.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.hungyen.snv.common.input.InputDates;

/**
 * Maps the few exception types that carry a user-facing meaning to problem bodies, and every refusal of the HTTP layer
 * under {@code /api/} (unreadable JSON, wrong method, media type or Accept, unknown path) to one with a Vietnamese
 * detail.
 */
public class ProblemMappers {

    /** Jackson's message for a key given twice ({@link StrictJson} turns the check on). */
    private static final Pattern DUPLICATE_KEY = Pattern.compile("^Duplicate field '(.*)'", Pattern.DOTALL);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response invalidParameter(QueryParameters.Invalid e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .collect(Collectors.toList());
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return respond(new Problem("urn:snv:problem:validation", "Dữ liệu không hợp lệ", 400, "validation",
                detail, violations));
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        String field = e instanceof MismatchedInputException m ? path(m) : "";
        String detail;
        if (e instanceof RefusedValue refused) {
            detail = "Trường " + field + " " + refused.reason() + ".";
        } else if (e instanceof InvalidFormatException f) {
            detail = "Giá trị " + shown(f.getValue()) + " của trường " + field + " không đúng định dạng"
                    + expected(f.getTargetType()) + ".";
        } else if (e instanceof MismatchedInputException m && !field.isEmpty() && m.getTargetType() != null) {
            detail = "Trường " + field + " có kiểu giá trị không đúng" + expected(m.getTargetType()) + ".";
        } else {
            Matcher duplicate = DUPLICATE_KEY.matcher(e.getOriginalMessage());
            detail = duplicate.find()
                    ? "Trường \"" + duplicate.group(1) + "\" xuất hiện nhiều lần trong JSON: mỗi trường chỉ được "
                            + "ghi một lần."
                    : "Nội dung JSON không đọc được" + (field.isEmpty() ? "" : " tại trường " + field)
                            + (e instanceof JsonParseException ? " (sai cú pháp JSON)" : "") + ".";
        }
        return respond(Problem.of(400, "malformed-request", "Dữ liệu không hợp lệ", detail));
    }

    /**
     * What the HTTP layer refuses before or around a resource method, under {@code /api/}: as a problem with the same
     * status and a Vietnamese detail. Elsewhere (web-ui's pages) and for redirections the exception's own answer.
     */
    @ServerExceptionMapper
    public Response refused(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json);
        }
        int status = e.getResponse().getStatus();
        if (status < 400 || status >= 500 || !ApiPaths.isApi(request.path())) {
            return e.getResponse();
        }
        Response.ResponseBuilder answer = Response.fromResponse(e.getResponse()).type(Problem.MEDIA_TYPE)
                .entity(ApiPaths.problem(status, request.method().name(), request.path()));
        return answer.build();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** A role that may not call the method (RESTEasy's check of {@code @RolesAllowed}): 403 with a detail. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return ApiPaths.isApi(request.path())
                ? respond(ApiPaths.problem(403, request.method().name(), request.path()))
                : Response.status(403).build();
    }

    private static String shown(Object value) {
        return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
    }

    /** ": cần …" naming the JSON form a field of this type takes; empty for a type without a plain form. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "";
        }
        String form;
        if (type == String.class) {
            form = "văn bản trong dấu ngoặc kép";
        } else if (type == Boolean.class || type == boolean.class) {
            form = "true hoặc false (không có dấu ngoặc kép)";
        } else if (type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == BigInteger.class || type == Short.class || type == short.class) {
            form = "một số nguyên (không có dấu ngoặc kép)";
        } else if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class
                || type == BigDecimal.class) {
            form = "một số (không có dấu ngoặc kép), ví dụ 1.5";
        } else if (type == LocalDate.class) {
            form = InputDates.DATE_FORM;
        } else if (type.isEnum()) {
            form = "một trong các giá trị " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        } else {
            return "";
        }
        return ": cần " + form;
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    /** The request field a violation concerns: the last node of the property path. */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
