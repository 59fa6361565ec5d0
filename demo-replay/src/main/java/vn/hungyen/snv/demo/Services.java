package vn.hungyen.snv.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The four services' REST APIs, called as the demo accounts (all with the password "demo"). */
final class Services {

    /** The service a call goes to; in the order of their ports from a port base and of the URL arguments. */
    enum Service { WEB_UI, PLAN, TASK, EVALUATION }

    private static final int DEFAULT_PORT_BASE = 8080;
    private static final int MAX_PORT = 65_535;

    /** A refused call, with the service's own explanation. */
    static final class Refused extends RuntimeException {
        final int status;

        Refused(String call, int status, String body) {
            super(call + " → HTTP " + status + ": " + body);
            this.status = status;
        }
    }

    private final Map<Service, URI> urls;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Services(Map<Service, URI> urls) {
        this.urls = Map.copyOf(urls);
    }

    /**
     * Where the services are, from the command line: nothing (run.sh's default ports), a port base (the four
     * services of a run.sh run on 127.0.0.1: web-ui on it, plan-, task- and evaluation-service on the next three
     * ports), or the four base URLs in that order (docker-compose.yml's services by their host names).
     *
     * @throws IllegalArgumentException if the arguments are none of these
     */
    static Map<Service, URI> fromArguments(String... args) {
        return switch (args.length) {
            case 0 -> onPorts(DEFAULT_PORT_BASE);
            case 1 -> onPorts(portBase(args[0]));
            case 4 -> {
                Map<Service, URI> urls = new EnumMap<>(Service.class);
                for (Service service : Service.values()) {
                    urls.put(service, baseUrl(args[service.ordinal()]));
                }
                yield urls;
            }
            default -> throw new IllegalArgumentException("expected a port base or the four base URLs, not "
                    + args.length + " arguments");
        };
    }

    JsonNode get(Service service, String path, String user) {
        return call(service, "GET", path, user, null);
    }

    JsonNode post(Service service, String path, String user, Object body) {
        return call(service, "POST", path, user, body);
    }

    JsonNode put(Service service, String path, String user, Object body) {
        return call(service, "PUT", path, user, body);
    }

    private JsonNode call(Service service, String method, String path, String user, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(urls.get(service).resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + tokens.computeIfAbsent(user, this::signIn));
        return send(request, method, path, body);
    }

    private String signIn(String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(urls.get(Service.WEB_UI).resolve("/api/auth/token"))
                .timeout(Duration.ofSeconds(30));
        return send(request, "POST", "/api/auth/token", Map.of("username", user, "password", "demo"))
                .get("access_token").asText();
    }

    private JsonNode send(HttpRequest.Builder request, String method, String path, Object body) {
        try {
            HttpRequest.BodyPublisher content = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> response = http.send(request.method(method, content).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                throw new Refused(method + " " + path, response.statusCode(), response.body());
            }
            return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Map<Service, URI> onPorts(int portBase) {
        Map<Service, URI> urls = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            urls.put(service, URI.create("http://127.0.0.1:" + (portBase + service.ordinal())));
        }
        return urls;
    }

    private static int portBase(String argument) {
        if (argument.matches("[1-9]\\d{0,4}")
                && Integer.parseInt(argument) + Service.values().length - 1 <= MAX_PORT) {
            return Integer.parseInt(argument);
        }
        throw new IllegalArgumentException("not a port base: " + argument);
    }

    /** An http(s) URL with a host and no path, which the calls' absolute paths are resolved against. */
    private static URI baseUrl(String argument) {
        URI url = URI.create(argument);
        boolean http = "http".equals(url.getScheme()) || "https".equals(url.getScheme());
        if (!http || url.getHost() == null || !(url.getRawPath().isEmpty() || url.getRawPath().equals("/"))) {
            throw new IllegalArgumentException("not an http(s) base URL: " + argument);
        }
        return url;
    }
}
