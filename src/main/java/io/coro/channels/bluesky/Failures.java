package io.coro.channels.bluesky;

import io.coro.channels.spi.PublishResult;
import io.coro.channels.spi.PublishResult.ErrorKind;
import java.time.Instant;

/** What a failed call to a PDS means for the dispatcher. */
final class Failures {

    private Failures() {}

    /** A call the PDS answered with an error (or with something that is not XRPC). */
    static PublishResult of(XrpcResponse response, Instant now) {
        int status = response.status();
        if (status == 429) {
            return PublishResult.rateLimited(response.retryAfter(now), response.message());
        }
        if (!response.isJson()) {
            return PublishResult.failed(ErrorKind.TRANSIENT, "not an XRPC answer (HTTP " + status + ")");
        }
        if (response.sessionExpired() || status == 403) {
            return PublishResult.failed(ErrorKind.REAUTH, response.message());
        }
        if (status == 400 || status == 413) {
            return PublishResult.failed(ErrorKind.BAD_CONTENT, response.message());
        }
        return PublishResult.failed(ErrorKind.TRANSIENT, response.message());
    }

    /**
     * A call that got no answer. Only a write that may have reached the PDS has an unknown outcome; any other call
     * (a read, a blob upload, which creates no post) can simply be tried again.
     */
    static PublishResult of(XrpcClient.Unreachable failure, boolean write) {
        return write && failure.mayHaveArrived()
                ? PublishResult.failed(ErrorKind.UNKNOWN_OUTCOME, failure.getMessage())
                : PublishResult.failed(ErrorKind.TRANSIENT, failure.getMessage());
    }
}
