package io.coro.channels.mastodon;

import io.coro.channels.spi.ChannelCredentials;
import io.coro.channels.spi.PublishResult;
import io.coro.channels.spi.Publishes.Post;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Finds the status a post became, when a publication's outcome is unknown.
 *
 * <p>Mastodon cannot be asked about an Idempotency-Key: it only answers a repeated POST carrying the key with the
 * status it made, for an hour. Coro does not re-send from here, as the dispatcher asks in order to decide, and a
 * post frozen or withdrawn in the meantime must not go out because someone looked. Instead it reads the account's
 * statuses since the post was first attempted (methods/accounts, statuses), newest first, and takes the one Coro
 * posted with the same content warning, the same number of images and the same text: the HTML content read back to
 * text, or, when that differs (Mastodon shortens remote mentions), the status's source text (methods/statuses,
 * source). Within the hour, a retry of the publication with the same key is deduplicated by the server anyway, so a
 * post missed here cannot be made twice; after it, this lookup is what stands between a retry and a duplicate.
 */
final class Reconciliation {

    /** How far Coro's clock and the server's may disagree. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    static final int PAGE_SIZE = 40;
    static final int MAX_PAGES = 5;
    static final int MAX_SOURCE_LOOKUPS = 5;

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);");

    private final MastodonApi api;

    Reconciliation(MastodonApi api) {
        this.api = api;
    }

    Optional<PublishResult> find(ChannelCredentials credentials, Post post) {
        String server = credentials.serviceUrl();
        String token = credentials.secret(Mastodon.ACCESS_TOKEN);
        if (credentials.account() == null || post.createdAt() == null) {
            throw new IllegalStateException("cannot look for the post without the account's id and its first attempt");
        }
        Instant since = post.createdAt().minus(CLOCK_SKEW);
        String base = server + "/api/v1/accounts/" + MastodonApi.segment(credentials.account()) + "/statuses?limit="
                + PAGE_SIZE + "&exclude_reblogs=true";
        Lookups lookups = new Lookups();
        String maxId = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode statuses = list(
                    maxId == null ? base : base + "&max_id=" + URLEncoder.encode(maxId, StandardCharsets.UTF_8), token);
            boolean reachedOlder = false;
            for (JsonNode status : statuses) {
                Instant created = createdAt(status);
                if (created == null || created.isBefore(since)) {
                    reachedOlder |= created != null;
                    continue;
                }
                if (candidate(status, post) && sameText(status, post, server, token, lookups)) {
                    return Optional.ofNullable(Posting.published(status));
                }
            }
            maxId = statuses.isEmpty() ? null : Json.id(statuses.get(statuses.size() - 1), "id");
            if (reachedOlder || statuses.size() < PAGE_SIZE || maxId == null) {
                return Optional.empty();
            }
        }
        throw new IllegalStateException("the account posted more than " + MAX_PAGES * PAGE_SIZE
                + " statuses since the post was first attempted: cannot tell whether it is among them");
    }

    private JsonNode list(String url, String token) {
        Answer answer = ask(url, token);
        if (!answer.ok() || !answer.isJson() || !answer.json().isArray()) {
            throw new IllegalStateException("cannot read the account's statuses now: " + answer.error());
        }
        return answer.json();
    }

    private Answer ask(String url, String token) {
        try {
            return api.get(url, token);
        } catch (NoAnswer e) {
            throw new IllegalStateException("the server does not answer: " + e.getMessage(), e);
        }
    }

    private static boolean candidate(JsonNode status, Post post) {
        String application = Json.text(status.path("application"), "name");
        String warning =
                post.contentWarning() == null ? "" : post.contentWarning().strip();
        String statusWarning = Json.text(status, "spoiler_text");
        return (status.path("reblog").isNull() || status.path("reblog").isMissingNode())
                && (application == null || application.equals(OAuthFlow.CLIENT_NAME))
                && warning.equals(statusWarning == null ? "" : statusWarning.strip())
                && status.path("media_attachments").size() == post.images().size();
    }

    private boolean sameText(JsonNode status, Post post, String server, String token, Lookups lookups) {
        String expected = normalised(post.text());
        String content = Json.text(status, "content");
        if (content != null && normalised(plainText(content)).equals(expected)) {
            return true;
        }
        String id = Json.id(status, "id");
        if (id == null || lookups.done++ >= MAX_SOURCE_LOOKUPS) {
            return false;
        }
        Answer source = ask(server + "/api/v1/statuses/" + MastodonApi.segment(id) + "/source", token);
        if (source.status() == 429 || source.status() >= 500) {
            throw new IllegalStateException("cannot read a status's source now: " + source.error());
        }
        return source.ok() && normalised(source.text("text")).equals(expected);
    }

    private static final class Lookups {
        int done;
    }

    private static Instant createdAt(JsonNode status) {
        String createdAt = Json.text(status, "created_at");
        try {
            return createdAt == null ? null : OffsetDateTime.parse(createdAt).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Mastodon's HTML for a status read back as its text: paragraphs and line breaks, links whole, no tags. */
    static String plainText(String html) {
        String text = html.replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)</p>\\s*<p[^>]*>", "\n\n")
                .replaceAll("<[^>]*>", "");
        Matcher entities = ENTITY.matcher(text);
        return entities.replaceAll(entity -> Matcher.quoteReplacement(decode(entity.group(1))));
    }

    private static String decode(String entity) {
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> {
                int codePoint = entity.startsWith("#x") || entity.startsWith("#X")
                        ? Integer.parseInt(entity.substring(2), 16)
                        : Integer.parseInt(entity.substring(1));
                yield Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "";
            }
        };
    }

    private static String normalised(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
