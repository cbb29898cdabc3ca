package io.coro.publishing.internal;

import io.coro.channels.spi.NetworkCapabilities;
import io.coro.channels.spi.Publishes;
import java.util.Optional;

/** A post checked against what the channel accepts, before anything is sent. */
final class ContentCheck {

    private ContentCheck() {}

    static Optional<Reason> problem(Publishes.Post post, NetworkCapabilities can) {
        String text = post.text() == null ? "" : post.text();
        if (text.isBlank() && post.images().isEmpty()) {
            return Optional.of(Reason.of("publishing.check.empty"));
        }
        int length = can.lengthOf(text);
        if (length > can.maxTextLength()) {
            return Optional.of(Reason.of("publishing.check.tooLong", length, can.maxTextLength()));
        }
        if (post.images().size() > can.maxImages()) {
            return Optional.of(
                    Reason.of("publishing.check.tooManyImages", post.images().size(), can.maxImages()));
        }
        for (Publishes.Image image : post.images()) {
            if (!can.imageTypes().isEmpty() && !can.imageTypes().contains(image.contentType())) {
                return Optional.of(Reason.of(
                        "publishing.check.imageType", image.contentType(), String.join(", ", can.imageTypes())));
            }
            if (image.bytes().length > can.maxImageBytes()) {
                return Optional.of(Reason.of(
                        "publishing.check.imageSize", image.bytes().length / 1024, can.maxImageBytes() / 1024));
            }
            if (can.altText() && (image.altText() == null || image.altText().isBlank())) {
                return Optional.of(Reason.of("publishing.check.altText"));
            }
        }
        return Optional.empty();
    }
}
