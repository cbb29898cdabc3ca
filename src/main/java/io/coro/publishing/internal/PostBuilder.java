package io.coro.publishing.internal;

import io.coro.channels.spi.Publishes;
import io.coro.plan.Plan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.stereotype.Component;

/** Turns an item's variant for a channel and its images into the post a network receives. */
@Component
class PostBuilder {

    private final Plan plan;

    PostBuilder(Plan plan) {
        this.plan = plan;
    }

    Publishes.Post build(
            Plan.PublishableItem item,
            String text,
            Instant createdAt,
            String language,
            Publishes.Visibility visibility) {
        List<Publishes.Image> images = new ArrayList<>();
        for (Plan.Media media : item.media()) {
            byte[] bytes = plan.mediaBytes(item.workspaceId(), media.id()).orElse(null);
            if (bytes == null) {
                continue;
            }
            int[] size = dimensions(bytes);
            images.add(new Publishes.Image(
                    bytes, media.contentType(), media.altText() == null ? "" : media.altText(), size[0], size[1]));
        }
        return new Publishes.Post(text, images, createdAt, language, null, visibility);
    }

    /** Width and height read from the image's header (no decoding); 0, 0 when the format is not readable here. */
    static int[] dimensions(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return new int[] {0, 0};
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return new int[] {0, 0};
        }
    }
}
