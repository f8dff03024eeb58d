package io.wsnotify.adapter.http.docs;

import io.helidon.common.media.type.MediaType;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRouting;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Driving adapter: serves the OpenAPI document ({@code /openapi}, {@code /openapi.json}) and the
 * Swagger UI ({@code /docs}) and ReDoc ({@code /redoc}) pages with their assets, all from the jar.
 */
public final class ApiDocs {
    private static final Set<String> HTTP_METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final MediaType JAVASCRIPT = MediaTypes.create("text/javascript");
    private static final String ALLOWED = "GET";

    private final OpenApiDocument document;

    /** Loads {@code META-INF/openapi.yaml} (and fails fast if it is missing or not valid YAML). */
    public ApiDocs() {
        this.document = OpenApiDocument.fromClasspath();
    }

    /**
     * Adds every docs route; each page answers GET with and without a trailing slash, and any
     * other method with 405 and {@code Allow}.
     */
    public void register(HttpRouting.Builder routing) {
        OpenApiEndpoint openApi = new OpenApiEndpoint(document);
        page(routing, "/openapi", openApi::negotiated);
        page(routing, "/openapi.json", openApi::json);
        page(routing, "/docs", FixedResource.of("docs/swagger.html", MediaTypes.TEXT_HTML));
        page(routing, "/redoc", FixedResource.of("docs/redoc.html", MediaTypes.TEXT_HTML));
        page(routing, "/docs/init.js", FixedResource.of("docs/swagger-init.js", JAVASCRIPT));
        page(routing, "/redoc/init.js", FixedResource.of("docs/redoc-init.js", JAVASCRIPT));
        assets(routing, "/docs/assets", Webjar.locate("org.webjars", "swagger-ui"), "");
        assets(routing, "/redoc/assets", Webjar.locate("org.webjars.npm", "redoc"), "bundles");
    }

    /** The path templates the document describes ({@code /tasks/{id}}…), in document order. */
    public static Set<String> documentedPaths() {
        return Collections.unmodifiableSet(
                new LinkedHashSet<>(OpenApiDocument.fromClasspath().paths().keySet()));
    }

    /** Each documented path template with its upper-case HTTP methods ({@code GET}, {@code PUT}…). */
    public static Map<String, Set<String>> documentedOperations() {
        Map<String, Set<String>> operations = new LinkedHashMap<>();
        OpenApiDocument.fromClasspath().paths().forEach((path, item) -> {
            Set<String> methods = new LinkedHashSet<>();
            item.asJsonObject().keySet().stream()
                    .filter(HTTP_METHODS::contains)
                    .forEach(method -> methods.add(method.toUpperCase(Locale.ROOT)));
            operations.put(path, Collections.unmodifiableSet(methods));
        });
        return Collections.unmodifiableMap(operations);
    }

    /** A webjar folder under {@code prefix}; another method than GET on a file of it is a 405. */
    private static void assets(HttpRouting.Builder routing, String prefix, Webjar webjar, String folder) {
        routing.any(prefix + "/*", (req, res) -> {
            Method method = req.prologue().method();
            String file = req.prologue().uriPath().path().substring(prefix.length() + 1);
            if (method.equals(Method.GET) || method.equals(Method.HEAD) || !webjar.hasFile(folder, file)) {
                res.next();
                return;
            }
            res.header(HeaderNames.ALLOW, ALLOWED);
            DocsProblem.methodNotAllowed(method.text(), ALLOWED).send(req, res);
        });
        routing.register(prefix, webjar.service(folder));
    }

    private static void page(HttpRouting.Builder routing, String path, Handler handler) {
        String pattern = path + "[/]";
        routing.get(pattern, handler);
        routing.any(pattern, (req, res) -> {
            res.header(HeaderNames.ALLOW, ALLOWED);
            DocsProblem.methodNotAllowed(req.prologue().method().text(), ALLOWED)
                    .send(req, res);
        });
    }
}
