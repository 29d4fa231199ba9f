package org.rebound.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The state of the preview (which build is served, and the problems of the last failed build, if any),
 * the server-sent events that announce a new state, and the snippet added to served HTML.
 */
final class LiveReload {
    /** Path of the server-sent events stream. */
    static final String EVENTS_PATH = "/__rebound/events";
    /** A comment sent this often keeps the stream open and notices a closed browser tab. */
    private static final long HEARTBEAT_MILLIS = 15_000;
    /** How long a browser waits before reconnecting to a stopped server. */
    private static final long RETRY_MILLIS = 1_000;

    /** Tells one server run from another, so that a page served by an earlier run reloads too. */
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private long attempts;
    private List<String> problems = List.of();
    /** What the overlay says the page under it is: the last good build, or an earlier run's site. */
    private String headline = "";
    private boolean closed;

    /** A build succeeded: pages reload, without an overlay. */
    synchronized void succeeded() {
        attempts++;
        problems = List.of();
        notifyAll();
    }

    /** A build failed with these problems, one line each: pages reload, with them shown over the last good site. */
    synchronized void failed(List<String> lines, String what) {
        attempts++;
        problems = List.copyOf(lines);
        headline = what;
        notifyAll();
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }

    /** The state a page was served in; the page reloads when it changes. */
    synchronized String version() {
        return run + "-" + attempts;
    }

    synchronized List<String> problems() {
        return problems;
    }

    /** Streams the version now and at every change, until the browser or the server goes. */
    void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream body = exchange.getResponseBody()) {
            send(body, "retry: " + RETRY_MILLIS + "\n\n");
            String sent = null;
            while (true) {
                String now;
                synchronized (this) {
                    if (!closed && version().equals(sent)) {
                        wait(HEARTBEAT_MILLIS);
                    }
                    if (closed) {
                        return;
                    }
                    now = version();
                }
                if (now.equals(sent)) {
                    send(body, ": still here\n\n");
                } else {
                    send(body, "data: " + now + "\n\n");
                    sent = now;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException gone) {
            // The page was closed or reloaded: nothing more to send.
        }
    }

    private static void send(OutputStream body, String text) throws IOException {
        body.write(text.getBytes(StandardCharsets.UTF_8));
        body.flush();
    }

    /** Adds the overlay (after a failed build) and the reload script before {@code </body>}. */
    String inject(String html) {
        String snippet = snippet();
        int end = html.toLowerCase(java.util.Locale.ROOT).lastIndexOf("</body>");
        return end < 0 ? html + snippet : html.substring(0, end) + snippet + html.substring(end);
    }

    private String snippet() {
        String version;
        List<String> lines;
        String what;
        synchronized (this) {
            version = version();
            lines = problems;
            what = headline;
        }
        StringBuilder s = new StringBuilder();
        if (!lines.isEmpty()) {
            s.append("<div id=\"rebound-build-error\" role=\"alert\" style=\"position:fixed;inset:auto 0 0 0;"
                    + "max-height:60vh;overflow:auto;z-index:2147483647;margin:0;padding:1em;background:#fff0f0;"
                    + "color:#600;border-top:3px solid #c00;font:14px/1.4 monospace\"><strong>").append(escape(what))
                    .append("</strong><pre style=\"white-space:pre-wrap;margin:.5em 0 0\">");
            for (String line : lines) {
                s.append(escape(line)).append('\n');
            }
            s.append("</pre></div>\n");
        }
        s.append("<script>/* rebound serve: reloads on a new build; added at serve time, not in the site */"
                + "(function(){var v=\"").append(escape(version)).append("\";var s=new EventSource(\"")
                .append(EVENTS_PATH).append("\");s.onmessage=function(e){if(e.data!==v){s.close();"
                + "location.reload();}};})();</script>\n");
        return s.toString();
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
