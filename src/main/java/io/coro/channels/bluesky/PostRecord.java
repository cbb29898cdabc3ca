package io.coro.channels.bluesky;

import io.coro.channels.spi.Publishes.Image;
import io.coro.channels.spi.Publishes.Post;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** An {@code app.bsky.feed.post} record as the lexicon describes it: text, time, languages, facets, images. */
final class PostRecord {

    static final String COLLECTION = "app.bsky.feed.post";

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private PostRecord() {}

    /**
     * @param facets the text's facets, mentions included only when their handle resolved
     * @param dids the DID of each resolved handle
     * @param blobs the blob reference the PDS returned for each image, in the post's order
     */
    static ObjectNode of(Post post, List<Facets.Facet> facets, Map<String, String> dids, List<JsonNode> blobs) {
        ObjectNode record = XrpcClient.JSON
                .createObjectNode()
                .put("$type", COLLECTION)
                .put("text", post.text() == null ? "" : post.text())
                .put("createdAt", timestamp(post.createdAt()));
        if (post.language() != null && !post.language().isBlank()) {
            record.putArray("langs").add(post.language().strip());
        }
        ArrayNode facetArray = XrpcClient.JSON.createArrayNode();
        for (Facets.Facet facet : facets) {
            ObjectNode feature = feature(facet, dids);
            if (feature != null) {
                ObjectNode node = facetArray.addObject();
                node.putObject("index").put("byteStart", facet.byteStart()).put("byteEnd", facet.byteEnd());
                node.putArray("features").add(feature);
            }
        }
        if (!facetArray.isEmpty()) {
            record.set("facets", facetArray);
        }
        if (!blobs.isEmpty()) {
            ObjectNode embed = record.putObject("embed").put("$type", "app.bsky.embed.images");
            ArrayNode images = embed.putArray("images");
            for (int i = 0; i < blobs.size(); i++) {
                Image image = post.images().get(i);
                ObjectNode node = images.addObject()
                        .put("alt", image.altText() == null ? "" : image.altText())
                        .set("image", blobs.get(i));
                if (image.width() > 0 && image.height() > 0) {
                    node.putObject("aspectRatio").put("width", image.width()).put("height", image.height());
                }
            }
        }
        return record;
    }

    private static ObjectNode feature(Facets.Facet facet, Map<String, String> dids) {
        ObjectNode feature = XrpcClient.JSON.createObjectNode();
        switch (facet.kind()) {
            case LINK -> feature.put("$type", "app.bsky.richtext.facet#link").put("uri", facet.value());
            case TAG -> feature.put("$type", "app.bsky.richtext.facet#tag").put("tag", facet.value());
            case MENTION -> {
                String did = dids.get(facet.value());
                if (did == null) {
                    return null;
                }
                feature.put("$type", "app.bsky.richtext.facet#mention").put("did", did);
            }
        }
        return feature;
    }

    /** The record's createdAt: UTC with milliseconds, as Bluesky's app writes it. */
    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }
}
