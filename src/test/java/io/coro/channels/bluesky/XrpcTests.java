package io.coro.channels.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class XrpcTests {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    static XrpcResponse tooMany(Map<String, String> headers) {
        HttpHeaders http = new HttpHeaders();
        headers.forEach(http::set);
        return new XrpcResponse(429, http, XrpcClient.JSON.createObjectNode().put("error", "RateLimitExceeded"));
    }

    @Test
    void theWaitComesFromRetryAfterInSecondsOrAsADate() {
        assertThat(tooMany(Map.of("Retry-After", "42")).retryAfter(NOW)).isEqualTo(Duration.ofSeconds(42));
        assertThat(tooMany(Map.of("Retry-After", "Mon, 02 Mar 2026 10:05:00 GMT"))
                        .retryAfter(NOW))
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void orFromTheRateLimitResetThePdsSendsAsEpochSeconds() {
        String reset = Long.toString(NOW.plusSeconds(300).getEpochSecond());
        assertThat(tooMany(Map.of("ratelimit-reset", reset)).retryAfter(NOW)).isEqualTo(Duration.ofMinutes(5));
        assertThat(tooMany(Map.of("RateLimit-Reset", "90")).retryAfter(NOW)).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void aMissingOrOddWaitIsAMinuteAndNeverLessThanASecondNorMoreThanADay() {
        assertThat(tooMany(Map.of()).retryAfter(NOW)).isEqualTo(Duration.ofMinutes(1));
        assertThat(tooMany(Map.of("Retry-After", "soon")).retryAfter(NOW)).isEqualTo(Duration.ofMinutes(1));
        String past = Long.toString(NOW.minusSeconds(10).getEpochSecond());
        assertThat(tooMany(Map.of("RateLimit-Reset", past)).retryAfter(NOW)).isEqualTo(Duration.ofSeconds(1));
        assertThat(tooMany(Map.of("Retry-After", "9999999")).retryAfter(NOW)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void tokensThePdsCallsExpiredOrInvalidAskForANewSession() {
        HttpHeaders none = new HttpHeaders();
        assertThat(new XrpcResponse(
                                400, none, XrpcClient.JSON.createObjectNode().put("error", "ExpiredToken"))
                        .sessionExpired())
                .isTrue();
        assertThat(new XrpcResponse(
                                400, none, XrpcClient.JSON.createObjectNode().put("error", "InvalidToken"))
                        .sessionExpired())
                .isTrue();
        assertThat(new XrpcResponse(
                                400, none, XrpcClient.JSON.createObjectNode().put("error", "InvalidRequest"))
                        .sessionExpired())
                .isFalse();
    }

    @Test
    void theExpiryOfATokenIsReadFromItsPayload() {
        Instant expiry = Instant.parse("2026-03-02T12:00:00Z");
        assertThat(Session.expiryOf(FakePds.jwt(expiry, "com.atproto.appPass"))).isEqualTo(expiry);
        assertThat(Session.expiryOf("garbage")).isNull();
        assertThat(Session.expiryOf("a.b.c")).isNull();
        assertThat(Session.expiryOf(null)).isNull();
    }

    @Test
    void callsToLocalhostGoToIpv4WhereTheLocalPdsListens() {
        assertThat(XrpcClient.uri("http://localhost:2583", "_health", "").toString())
                .isEqualTo("http://127.0.0.1:2583/xrpc/_health");
        assertThat(XrpcClient.uri("https://pds.example.it/base", "com.atproto.repo.getRecord", "?a=1")
                        .toString())
                .isEqualTo("https://pds.example.it/base/xrpc/com.atproto.repo.getRecord?a=1");
    }

    @Test
    void onlyAConnectionNeverMadeSurelyDidNotArrive() {
        assertThat(XrpcClient.mayHaveArrived(new ConnectException("Connection refused")))
                .isFalse();
        assertThat(XrpcClient.mayHaveArrived(new HttpConnectTimeoutException("HTTP connect timed out")))
                .isFalse();
        assertThat(XrpcClient.mayHaveArrived(new HttpTimeoutException("request timed out")))
                .isTrue();
        assertThat(XrpcClient.mayHaveArrived(new java.io.IOException("Connection reset")))
                .isTrue();
    }
}
