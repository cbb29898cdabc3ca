package io.coro.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A signed-in browser for benchmarks: logs in through the real form, then times plain GETs. */
final class BenchSession {

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;

    BenchSession(String base, String email, String password) throws Exception {
        this.base = base;
        String form = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String csrf = form.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                                        + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (!"/"
                .equals(URI.create(login.headers().firstValue("Location").orElse(""))
                        .getPath())) {
            throw new IllegalStateException("login failed: " + login.headers().map());
        }
    }

    /** The length of the page, after checking it answered 200. */
    int get(String path) throws Exception {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + page.statusCode());
        }
        return page.body().length();
    }
}
