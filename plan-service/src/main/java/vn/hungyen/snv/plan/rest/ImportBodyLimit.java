package vn.hungyen.snv.plan.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hungyen.snv.common.rest.Problem;
import vn.hungyen.snv.plan.service.CatalogueImportService;

/**
 * A catalogue upload whose declared length is beyond quarkus.http.limits.max-body-size is refused with the import's
 * problem body (413 file-too-large) before the HTTP layer would answer its bare 413. Files above
 * app.import.max-file-size but within the HTTP bound are refused by the import itself, with the same code.
 */
@ApplicationScoped
class ImportBodyLimit {

    private static final String IMPORT_PATH = "/api/plans/[^/]+/import";

    void install(@Observes Router router, ObjectMapper json, CatalogueImportService imports,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        router.routeWithRegex(HttpMethod.POST, IMPORT_PATH).order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBody.asLongValue()) {
                context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(write(json, imports.fileTooLarge(Long.parseLong(length)).problem()));
            } else {
                context.next();
            }
        });
    }

    private static String write(ObjectMapper json, Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
