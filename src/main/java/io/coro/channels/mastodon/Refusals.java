package io.coro.channels.mastodon;

import io.coro.channels.spi.PublishResult;
import io.coro.channels.spi.PublishResult.ErrorKind;
import java.time.Clock;
import org.springframework.http.HttpHeaders;

/** What a server's refusal means for the dispatcher (entities/Error, api/rate-limits). */
final class Refusals {

    private Refusals() {}

    /**
     * @param mayHaveActed whether the request creates something the server may have made even though a gateway
     *     answered with an error (502, 504: it stopped waiting for the server, which may have gone on)
     */
    static PublishResult classify(Answer answer, Clock clock, boolean mayHaveActed) {
        int status = answer.status();
        if (status >= 300 && status < 400) {
            return PublishResult.failed(
                    ErrorKind.REAUTH,
                    "the server sends elsewhere ("
                            + Json.bounded(answer.headers().getFirst(HttpHeaders.LOCATION))
                            + "): connect the channel again with its new address");
        }
        if (status == 401 || status == 403) {
            // a revoked or invalid token, a token without the scope, or an account disabled, unconfirmed or
            // not yet approved: only a person can put it right
            return PublishResult.failed(ErrorKind.REAUTH, answer.error());
        }
        if (status == 429) {
            return PublishResult.rateLimited(answer.retryAfter(clock), answer.error());
        }
        if (mayHaveActed && (status == 502 || status == 504)) {
            return PublishResult.failed(ErrorKind.UNKNOWN_OUTCOME, answer.error() + " (from a gateway)");
        }
        if (status == 413) {
            return PublishResult.failed(ErrorKind.BAD_CONTENT, "too large for the server (HTTP 413)");
        }
        if (status >= 500) {
            return PublishResult.failed(ErrorKind.TRANSIENT, answer.error());
        }
        if (!answer.isJson()) {
            return PublishResult.failed(ErrorKind.TRANSIENT, "HTTP " + status + ", and not Mastodon's JSON");
        }
        return PublishResult.failed(ErrorKind.BAD_CONTENT, answer.error());
    }

    static PublishResult noAnswer(NoAnswer failure, boolean mayHaveActed) {
        return PublishResult.failed(
                mayHaveActed && failure.maybeReceived() ? ErrorKind.UNKNOWN_OUTCOME : ErrorKind.TRANSIENT,
                Json.bounded(failure.getMessage()));
    }

    /** A failure that ends a publication early, carrying its result. */
    static final class NotPublished extends Exception {

        private final transient PublishResult result;

        NotPublished(PublishResult result) {
            super(result.detail(), null, false, false);
            this.result = result;
        }

        PublishResult result() {
            return result;
        }
    }
}
