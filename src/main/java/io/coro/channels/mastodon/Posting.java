package io.coro.channels.mastodon;

import io.coro.channels.mastodon.Refusals.NotPublished;
import io.coro.channels.spi.ChannelCredentials;
import io.coro.channels.spi.NetworkCapabilities;
import io.coro.channels.spi.PublishResult;
import io.coro.channels.spi.PublishResult.ErrorKind;
import io.coro.channels.spi.Publishes.Image;
import io.coro.channels.spi.Publishes.Post;
import io.coro.channels.spi.Publishes.Visibility;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * Publishing a status (methods/statuses) and deleting one. A post is checked against the instance's limits first,
 * so that what the server would refuse is refused without a call; then its images are uploaded, then the status is
 * posted with the Idempotency-Key header, which makes the server answer a repeated post with the same status.
 */
final class Posting {

    private final MastodonApi api;
    private final MediaUpload media;
    private final Clock clock;

    Posting(MastodonApi api, MediaUpload media, Clock clock) {
        this.api = api;
        this.media = media;
        this.clock = clock;
    }

    PublishResult publish(ChannelCredentials credentials, Post post, String idempotencyKey) {
        String token = credentials.secret(Mastodon.ACCESS_TOKEN);
        if (token == null || token.isBlank()) {
            return PublishResult.failed(ErrorKind.REAUTH, "no access token is stored for this channel");
        }
        String refusal = refusal(post, InstanceLimits.fromSecrets(credentials.secrets()));
        if (refusal != null) {
            return PublishResult.failed(ErrorKind.BAD_CONTENT, refusal);
        }
        String server = credentials.serviceUrl();
        List<String> mediaIds = new ArrayList<>();
        try {
            for (Image image : post.images()) {
                mediaIds.add(media.upload(server, token, image));
            }
        } catch (NotPublished e) {
            return e.result();
        } catch (RuntimeException e) {
            return PublishResult.failed(ErrorKind.TRANSIENT, "uploading an image failed: " + e);
        }
        try {
            Answer answer = api.post(server + "/api/v1/statuses", token, form(post, mediaIds), idempotencyKey);
            if (!answer.ok()) {
                return Refusals.classify(answer, clock, true);
            }
            PublishResult published = published(answer.json());
            return published != null
                    ? published
                    : PublishResult.failed(
                            ErrorKind.UNKNOWN_OUTCOME,
                            "the server accepted the post, but its answer " + "holds no status id");
        } catch (NoAnswer e) {
            return Refusals.noAnswer(e, true);
        } catch (RuntimeException e) {
            return PublishResult.failed(ErrorKind.UNKNOWN_OUTCOME, "the post may have been sent: " + e);
        }
    }

    /** Deleting a status that is already gone (404) counts as done. */
    PublishResult delete(ChannelCredentials credentials, String networkId) {
        String token = credentials.secret(Mastodon.ACCESS_TOKEN);
        if (token == null || token.isBlank()) {
            return PublishResult.failed(ErrorKind.REAUTH, "no access token is stored for this channel");
        }
        try {
            Answer answer =
                    api.delete(credentials.serviceUrl() + "/api/v1/statuses/" + MastodonApi.segment(networkId), token);
            if (answer.ok() || answer.status() == 404) {
                return PublishResult.published(null, networkId);
            }
            return Refusals.classify(answer, clock, false);
        } catch (NoAnswer e) {
            return Refusals.noAnswer(e, true);
        } catch (RuntimeException e) {
            return PublishResult.failed(ErrorKind.UNKNOWN_OUTCOME, "the deletion may have been sent: " + e);
        }
    }

    /** A published status as a result: its public url (uri for servers that give none) and id; null if unusable. */
    static PublishResult published(JsonNode status) {
        String id = status == null ? null : Json.id(status, "id");
        if (id == null) {
            return null;
        }
        String url = Json.webLink(status, "url");
        return PublishResult.published(url != null ? url : Json.webLink(status, "uri"), id);
    }

    /**
     * Why the server would refuse the post, or null. Mastodon counts the content warning with the text, as written
     * (links in it are not shortened to 23). The server counts grapheme clusters and drops the domain of remote
     * mentions; code points and whole mentions count at least as much, so a post passing here is not refused for
     * its length.
     */
    static String refusal(Post post, NetworkCapabilities limits) {
        String text = post.text() == null ? "" : post.text();
        if (text.isBlank() && post.images().isEmpty()) {
            return "nothing to post: no text and no image";
        }
        String warning = post.contentWarning() == null ? "" : post.contentWarning();
        int length = limits.lengthOf(text) + warning.codePointCount(0, warning.length());
        if (length > limits.maxTextLength()) {
            return "the text" + (post.contentWarning() == null ? "" : " with its content warning") + " counts "
                    + length + " characters; this server takes at most " + limits.maxTextLength()
                    + " (each link counts " + limits.charactersPerUrl() + ")";
        }
        if (post.images().size() > limits.maxImages()) {
            return post.images().size() + " images; this server takes at most " + limits.maxImages() + " per post";
        }
        for (Image image : post.images()) {
            String type = image.contentType() == null ? "" : image.contentType().toLowerCase(Locale.ROOT);
            if (!limits.imageTypes().contains(type)) {
                return "this server does not take " + (type.isEmpty() ? "untyped" : type) + " images (it takes "
                        + String.join(", ", new TreeSet<>(limits.imageTypes())) + ")";
            }
            if (image.bytes() == null || image.bytes().length == 0) {
                return "an image is empty";
            }
            if (image.bytes().length > limits.maxImageBytes()) {
                return "an image weighs " + megabytes(image.bytes().length) + "; this server takes at most "
                        + megabytes(limits.maxImageBytes());
            }
        }
        return null;
    }

    private static MultiValueMap<String, String> form(Post post, List<String> mediaIds) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        if (post.text() != null && !post.text().isBlank()) {
            form.add("status", post.text());
        }
        mediaIds.forEach(id -> form.add("media_ids[]", id));
        form.add("visibility", visibility(post.visibility()));
        if (post.contentWarning() != null && !post.contentWarning().isBlank()) {
            form.add("spoiler_text", post.contentWarning());
            form.add("sensitive", "true");
        }
        if (post.language() != null && !post.language().isBlank()) {
            form.add("language", post.language());
        }
        return form;
    }

    static String visibility(Visibility visibility) {
        return switch (visibility) {
            case PUBLIC -> "public";
            case UNLISTED -> "unlisted";
            case FOLLOWERS_ONLY -> "private";
        };
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
