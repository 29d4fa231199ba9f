package org.rebound.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Serves the files of the built site, read-only: GET and HEAD, {@code /} and folders as their
 * {@code index.html}, the site's {@code 404.html} for anything else, nothing outside the folder. HTML gets
 * the {@link LiveReload} snippet.
 */
final class SiteHandler implements HttpHandler {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"));
    private static final String UNKNOWN_TYPE = "application/octet-stream";
    private static final String NOT_FOUND_PAGE = org.rebound.site.Routes.NOT_FOUND_FILE;
    private static final String INDEX = org.rebound.site.Route.INDEX;

    private final Path root;
    private final LiveReload live;

    SiteHandler(Path root, LiveReload live) {
        this.root = root.toAbsolutePath().normalize();
        this.live = live;
    }

    /**
     * Whether a request's Host names this machine's loopback, at the server's port when it gives one: a page of
     * another name resolving to 127.0.0.1 (DNS rebinding) sends its own name and is refused, as is an absent Host.
     */
    static boolean localHost(String host, int port) {
        if (host == null) {
            return false;
        }
        String h = host.strip().toLowerCase(java.util.Locale.ROOT);
        for (String name : new String[] {"localhost", "127.0.0.1", "[::1]"}) {
            if (h.equals(name) || h.equals(name + ":" + port)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD.\n".getBytes(StandardCharsets.UTF_8),
                        head);
                return;
            }
            // A page of another name that resolves to this machine (DNS rebinding) must not read the preview.
            if (!localHost(exchange.getRequestHeaders().getFirst("Host"), exchange.getLocalAddress().getPort())) {
                send(exchange, 421, "text/plain; charset=utf-8", ("Only http://localhost:" + exchange.getLocalAddress()
                        .getPort() + "/ or http://127.0.0.1:" + exchange.getLocalAddress().getPort() + "/.\n")
                        .getBytes(StandardCharsets.UTF_8), head);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path == null || !path.startsWith("/") || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
                send(exchange, 400, "text/plain; charset=utf-8", "Bad path.\n".getBytes(StandardCharsets.UTF_8), head);
                return;
            }
            if (path.equals(LiveReload.EVENTS_PATH) && !head) {
                live.stream(exchange);
                return;
            }
            Path file = resolve(path);
            if (file != null && Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", path + "/");
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0], head);
                    return;
                }
                file = file.resolve(INDEX);
            }
            byte[] body = file == null ? null : read(file);
            if (body == null) {
                notFound(exchange, head);
                return;
            }
            String type = type(file);
            send(exchange, 200, type, type.startsWith("text/html") ? inject(body) : body, head);
        }
    }

    /** The file a URL path names, or null when it names nothing inside the site (e.g. {@code /../pom.xml}). */
    private Path resolve(String path) throws IOException {
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root) || !Files.exists(file)) {
            return null;
        }
        // No way out through a link either.
        return file.toRealPath().startsWith(root.toRealPath()) ? file : null;
    }

    private static byte[] read(Path file) throws IOException {
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (NoSuchFileException swappedAway) {
            return null;
        }
    }

    private void notFound(HttpExchange exchange, boolean head) throws IOException {
        byte[] page = read(root.resolve(NOT_FOUND_PAGE));
        if (page == null) {
            page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head><body><h1>Not found</h1></body></html>\n"
                    .getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, 404, TYPES.get("html"), inject(page), head);
    }

    private byte[] inject(byte[] html) {
        return live.inject(new String(html, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? UNKNOWN_TYPE : TYPES.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), UNKNOWN_TYPE);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (head || body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
