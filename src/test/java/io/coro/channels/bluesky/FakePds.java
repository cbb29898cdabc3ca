package io.coro.channels.bluesky;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A server on loopback that answers XRPC methods as a test scripts them, to see what the adapter makes of answers a
 * real PDS gives only in bad moments (429, 500, timeouts, dropped connections, HTML from a wrong address).
 */
final class FakePds implements AutoCloseable {

    /** What the server does for one method. */
    interface Answer {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    final List<String> calls = new CopyOnWriteArrayList<>();

    FakePds() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String method = path.startsWith("/xrpc/") ? path.substring(6) : path;
            calls.add(method);
            exchange.getRequestBody().readAllBytes();
            Answer answer = answers.get(method);
            if (answer == null) {
                json(501, "{\"error\":\"MethodNotImplemented\",\"message\":\"no " + method + "\"}")
                        .handle(exchange);
            } else {
                answer.handle(exchange);
            }
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    FakePds on(String method, Answer answer) {
        answers.put(method, answer);
        return this;
    }

    long callsOf(String method) {
        return calls.stream().filter(method::equals).count();
    }

    static Answer json(int status, String body) {
        return json(status, body, Map.of());
    }

    static Answer json(int status, String body, Map<String, String> headers) {
        return respond(status, "application/json; charset=utf-8", body, headers);
    }

    static Answer html(int status) {
        return respond(status, "text/html", "<html><body>Welcome to nginx!</body></html>", Map.of());
    }

    static Answer respond(int status, String type, String body, Map<String, String> headers) {
        return exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            headers.forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        };
    }

    /** Takes the request and never answers in time. */
    static Answer silentFor(long millis) {
        return exchange -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        };
    }

    /** Takes the request and drops the connection without an answer. */
    static Answer hangUp() {
        return exchange -> {
            throw new IOException("hanging up");
        };
    }

    /** A JWT the adapter reads as valid until the given time (the fake server does not check signatures). */
    static String jwt(Instant expiry, String scope) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String payload =
                "{\"scope\":\"" + scope + "\",\"sub\":\"did:plc:fake\",\"exp\":" + expiry.getEpochSecond() + "}";
        return base64.encodeToString("{\"alg\":\"ES256K\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
