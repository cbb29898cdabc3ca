package io.coro.channels.mastodon;

import io.coro.channels.mastodon.Refusals.NotPublished;
import io.coro.channels.spi.PublishResult;
import io.coro.channels.spi.PublishResult.ErrorKind;
import io.coro.channels.spi.Publishes.Image;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Uploads an image with its alt text (methods/media, POST /api/v2/media). A 202 means the server is still
 * processing it, and a status cannot carry it until it has a url: Coro asks again (GET /api/v1/media/:id) for a
 * bounded time. Whatever fails here, nothing was posted.
 */
final class MediaUpload {

    private final MastodonApi api;
    private final Clock clock;
    private final Duration processingWait;
    private final Duration pollInterval;

    MediaUpload(MastodonApi api, Clock clock, Duration processingWait, Duration pollInterval) {
        this.api = api;
        this.clock = clock;
        this.processingWait = processingWait;
        this.pollInterval = pollInterval;
    }

    /** The media id to attach to the status. */
    String upload(String server, String token, Image image) throws NotPublished {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders file = new HttpHeaders();
        file.setContentType(MediaType.parseMediaType(image.contentType()));
        file.setContentDispositionFormData("file", fileName(image.contentType()));
        parts.add("file", new HttpEntity<>(new ByteArrayResource(image.bytes()), file));
        if (image.altText() != null && !image.altText().isBlank()) {
            HttpHeaders text = new HttpHeaders();
            text.setContentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8));
            parts.add("description", new HttpEntity<>(image.altText(), text));
        }
        Answer uploaded;
        try {
            uploaded = api.upload(server + "/api/v2/media", token, parts);
        } catch (NoAnswer e) {
            throw new NotPublished(Refusals.noAnswer(e, false));
        }
        String id = uploaded.id("id");
        if (!uploaded.ok() || id == null) {
            throw new NotPublished(uploaded.ok() ? failed("the upload's answer holds no media id") : refusal(uploaded));
        }
        if (uploaded.status() == 202 || uploaded.text("url") == null) {
            awaitProcessing(server, token, id);
        }
        return id;
    }

    private void awaitProcessing(String server, String token, String id) throws NotPublished {
        Instant deadline = clock.instant().plus(processingWait);
        String url = server + "/api/v1/media/" + MastodonApi.segment(id);
        while (clock.instant().isBefore(deadline)) {
            pause();
            try {
                Answer media = api.get(url, token);
                if (media.ok() && media.text("url") != null) {
                    return;
                }
                if (media.status() != 206 && !media.ok() && media.status() < 500) {
                    throw new NotPublished(refusal(media));
                }
            } catch (NoAnswer e) {
                // asking again is harmless: keep trying until the deadline
            }
        }
        throw new NotPublished(
                failed("the server was still processing an image after " + processingWait.toSeconds() + " s"));
    }

    private PublishResult refusal(Answer answer) {
        return Refusals.classify(answer, clock, false);
    }

    private static PublishResult failed(String detail) {
        return PublishResult.failed(ErrorKind.TRANSIENT, detail);
    }

    private void pause() throws NotPublished {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotPublished(failed("interrupted while waiting for an image to be processed"));
        }
    }

    private static String fileName(String contentType) {
        String subtype = MediaType.parseMediaType(contentType).getSubtype().toLowerCase(Locale.ROOT);
        return "image." + (subtype.equals("jpeg") ? "jpg" : subtype.replaceAll("[^a-z0-9]", ""));
    }
}
