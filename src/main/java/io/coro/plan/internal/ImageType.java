package io.coro.plan.internal;

import java.util.Optional;

/**
 * The image formats an item may carry, recognised by their first bytes (their "magic numbers"), never by the file's
 * name or the Content-Type the browser claims.
 */
public enum ImageType {
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp"),
    GIF("image/gif");

    private final String contentType;

    ImageType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<ImageType> detect(byte[] bytes) {
        if (bytes == null || bytes.length < 12) {
            return Optional.empty();
        }
        if (u(bytes[0]) == 0xFF && u(bytes[1]) == 0xD8 && u(bytes[2]) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, new int[] {'G', 'I', 'F', '8'})
                && (bytes[4] == '7' || bytes[4] == '9')
                && bytes[5] == 'a') {
            return Optional.of(GIF);
        }
        if (startsWith(bytes, 0, new int[] {'R', 'I', 'F', 'F'})
                && startsWith(bytes, 8, new int[] {'W', 'E', 'B', 'P'})) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    public static Optional<ImageType> ofContentType(String contentType) {
        for (ImageType type : values()) {
            if (type.contentType.equals(contentType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, int[] magic) {
        for (int i = 0; i < magic.length; i++) {
            if (u(bytes[offset + i]) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u(byte b) {
        return b & 0xFF;
    }
}
