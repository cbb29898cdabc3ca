package io.coro.channels.bluesky;

import io.coro.channels.spi.PublishResult;

/** A step before the write failed (no session, a mention the PDS could not resolve now); the result says why. */
final class CallFailed extends RuntimeException {

    private final transient PublishResult result;

    CallFailed(PublishResult result) {
        super(result.error() + ": " + result.detail(), null, false, false);
        this.result = result;
    }

    PublishResult result() {
        return result;
    }
}
