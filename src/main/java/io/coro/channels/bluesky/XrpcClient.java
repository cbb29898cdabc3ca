package io.coro.channels.bluesky;

import io.coro.shared.http.OutboundHttp;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A thin client of the AT Protocol's XRPC over HTTP: queries (GET with parameters), procedures (POST with a JSON
 * body) and blob uploads (POST with raw bytes). It never throws for what a server answers, whatever the status: the
 * caller decides. It throws {@link Unreachable} when no answer came, telling whether the request may have arrived.
 */
final class XrpcClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Answers are small JSON documents; anything larger is not what an XRPC call returns. */
    private static final int MAX_BODY = 2 * 1024 * 1024;

    private final RestClient http;

    XrpcClient(Duration connectTimeout, Duration readTimeout) {
        // HTTP/1.1: over plain http (a local PDS) the JDK's HTTP/2 upgrade request makes the PDS drop the connection
        this.http = OutboundHttp.restClient(connectTimeout, readTimeout, HttpClient.Version.HTTP_1_1)
                .build();
    }

    XrpcResponse query(String serviceUrl, String method, Map<String, String> params, String bearer) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        params.forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
        return send(HttpMethod.GET, uri(serviceUrl, method, query.toString()), bearer, null, null);
    }

    XrpcResponse procedure(String serviceUrl, String method, JsonNode input, String bearer) {
        byte[] body = input == null ? null : JSON.writeValueAsBytes(input);
        return send(HttpMethod.POST, uri(serviceUrl, method, ""), bearer, body, MediaType.APPLICATION_JSON_VALUE);
    }

    XrpcResponse upload(String serviceUrl, String method, byte[] bytes, String contentType, String bearer) {
        return send(HttpMethod.POST, uri(serviceUrl, method, ""), bearer, bytes, contentType);
    }

    /** The address a call goes to: localhost becomes 127.0.0.1, where the reference PDS listens (not ::1). */
    static URI uri(String serviceUrl, String method, String query) {
        URI base = URI.create(serviceUrl);
        String host = "localhost".equalsIgnoreCase(base.getHost()) ? "127.0.0.1" : base.getHost();
        String port = base.getPort() < 0 ? "" : ":" + base.getPort();
        String path = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
        return URI.create(base.getScheme() + "://" + host + port + path + "/xrpc/" + method + query);
    }

    private XrpcResponse send(HttpMethod method, URI uri, String bearer, byte[] body, String contentType) {
        try {
            RestClient.RequestBodySpec request = http.method(method).uri(uri).accept(MediaType.APPLICATION_JSON);
            if (bearer != null) {
                request.header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer);
            }
            if (body != null) {
                request.header(HttpHeaders.CONTENT_TYPE, contentType).body(body);
            }
            return request.exchange((req, response) -> {
                int status = response.getStatusCode().value();
                HttpHeaders headers = response.getHeaders();
                return new XrpcResponse(status, headers, parse(headers, response.getBody()));
            });
        } catch (RuntimeException e) {
            IOException io = ioCause(e);
            if (io == null) {
                throw e;
            }
            throw new Unreachable(io, mayHaveArrived(io));
        }
    }

    private static JsonNode parse(HttpHeaders headers, InputStream body) throws IOException {
        MediaType type = headers.getContentType();
        if (type == null || !type.getSubtype().contains("json")) {
            return null;
        }
        byte[] bytes = body.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY || bytes.length == 0) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(bytes);
            return node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    /** False only when the connection was never made, so the server surely saw nothing. */
    static boolean mayHaveArrived(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof HttpConnectTimeoutException
                    || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException
                    || t instanceof UnresolvedAddressException) {
                return false;
            }
        }
        return true;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** No answer came: the server is down, unknown, or did not answer in time. */
    static final class Unreachable extends RuntimeException {

        private final boolean mayHaveArrived;

        Unreachable(IOException cause, boolean mayHaveArrived) {
            super(describe(cause), cause);
            this.mayHaveArrived = mayHaveArrived;
        }

        /** Whether the request may have reached the server (a timeout or reset after sending). */
        boolean mayHaveArrived() {
            return mayHaveArrived;
        }

        private static String describe(IOException cause) {
            String message = cause.getMessage();
            return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        }
    }
}
