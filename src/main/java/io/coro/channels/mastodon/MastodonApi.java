package io.coro.channels.mastodon;

import io.coro.shared.http.OutboundHttp;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import javax.net.ssl.SSLHandshakeException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The calls Coro makes to a Mastodon server, answered raw ({@link Answer}) so that each caller decides what a status
 * means for it. Bodies are read up to a bound; redirects are not followed.
 */
final class MastodonApi {

    /** The largest body read: a page of 40 statuses is well below it. */
    static final int MAX_BODY = 4 * 1024 * 1024;

    private final RestClient client;
    private final RestClient uploads;
    private final JsonMapper mapper = JsonMapper.builder().build();

    MastodonApi(Duration connectTimeout, Duration readTimeout, Duration uploadTimeout) {
        this.client = OutboundHttp.restClient(connectTimeout, readTimeout).build();
        this.uploads = OutboundHttp.restClient(connectTimeout, uploadTimeout).build();
    }

    Answer get(String url, String token) throws NoAnswer {
        return send(client, HttpMethod.GET, url, token, request -> {});
    }

    Answer delete(String url, String token) throws NoAnswer {
        return send(client, HttpMethod.DELETE, url, token, request -> {});
    }

    /** A form post; the idempotency key, when given, goes in Mastodon's Idempotency-Key header. */
    Answer post(String url, String token, MultiValueMap<String, String> form, String idempotencyKey) throws NoAnswer {
        return send(client, HttpMethod.POST, url, token, request -> {
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            request.contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form);
        });
    }

    /** A multipart post (a file upload), with the longer upload timeout. */
    Answer upload(String url, String token, MultiValueMap<String, Object> parts) throws NoAnswer {
        return send(
                uploads,
                HttpMethod.POST,
                url,
                token,
                request -> request.contentType(MediaType.MULTIPART_FORM_DATA).body(parts));
    }

    /** An id from a server or a ledger, safe as one segment of a path. */
    static String segment(String id) {
        return UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }

    private Answer send(
            RestClient via, HttpMethod method, String url, String token, Consumer<RestClient.RequestBodySpec> body)
            throws NoAnswer {
        try {
            RestClient.RequestBodySpec request = via.method(method)
                    .uri(URI.create(url))
                    .header(HttpHeaders.USER_AGENT, "Coro")
                    .accept(MediaType.APPLICATION_JSON);
            if (token != null) {
                request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            }
            body.accept(request);
            return request.exchange((sent, response) -> new Answer(
                    response.getStatusCode().value(),
                    HttpHeaders.copyOf(response.getHeaders()),
                    json(response.getBody())));
        } catch (RestClientException e) {
            throw new NoAnswer(!surelyNotSent(e), method + " " + url + ": " + rootMessage(e), e);
        } catch (IllegalArgumentException e) {
            throw new NoAnswer(false, "not an address to call: " + url, e);
        }
    }

    private JsonNode json(InputStream body) throws IOException {
        try (body) {
            byte[] bytes = body.readNBytes(MAX_BODY + 1);
            if (bytes.length == 0 || bytes.length > MAX_BODY) {
                return null;
            }
            JsonNode node = mapper.readTree(bytes);
            return node.isObject() || node.isArray() ? node : null;
        } catch (JacksonException notJson) {
            return null;
        }
    }

    /** Failures that happen before a byte of the request leaves: the server surely did not act on it. */
    static boolean surelyNotSent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException
                    || cause instanceof HttpConnectTimeoutException
                    || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException
                    || cause instanceof SSLHandshakeException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
