package io.coro.channels.bluesky;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

/**
 * The record key of a post, derived from its idempotency key and creation time, so that every attempt to publish the
 * same post writes to the same key and the PDS refuses a second copy.
 *
 * <p>The PDS accepts only TIDs as keys of {@code app.bsky.feed.post} records: 13 characters of base32-sortable
 * holding a 64-bit number whose top bit is 0, then 53 bits of microseconds since the epoch, then a 10-bit clock id.
 * Here the microseconds are the post's creation time to the millisecond plus 0–999 microseconds taken from a SHA-256
 * of the idempotency key, and the clock id is 10 further bits of that hash: two posts created in the same
 * millisecond (posts scheduled for the same minute get the same time) share a key only with odds of about one in a
 * million, and the key still sorts by creation time as Bluesky's own keys do.
 */
final class RecordKey {

    private static final String ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";
    private static final long MAX_MICROS = (1L << 53) - 1;

    private RecordKey() {}

    static String of(String idempotencyKey, Instant createdAt) {
        if (idempotencyKey == null || idempotencyKey.isEmpty()) {
            throw new IllegalArgumentException("an idempotency key is required");
        }
        if (createdAt == null) {
            throw new IllegalArgumentException("a creation time is required");
        }
        byte[] hash = sha256(idempotencyKey);
        int subMillisecond = Math.floorMod(((hash[0] & 0xff) << 8) | (hash[1] & 0xff), 1000);
        int clockId = (((hash[2] & 0xff) << 8) | (hash[3] & 0xff)) & 0x3ff;
        long micros = Math.multiplyExact(createdAt.toEpochMilli(), 1000L) + subMillisecond;
        if (micros < 0 || micros > MAX_MICROS) {
            throw new IllegalArgumentException("creation time out of a TID's range: " + createdAt);
        }
        return encode(micros, 11) + encode(clockId, 2);
    }

    /** Whether a string has the syntax of a TID, as the PDS checks it. */
    static boolean isTid(String key) {
        return key != null && key.matches("[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}");
    }

    /** The creation time a TID carries, to the microsecond. */
    static Instant timeOf(String tid) {
        long micros = decode(tid.substring(0, 11));
        return Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1000);
    }

    private static String encode(long value, int length) {
        char[] out = new char[length];
        for (int i = length - 1; i >= 0; i--) {
            out[i] = ALPHABET.charAt((int) (value & 31));
            value >>>= 5;
        }
        return new String(out);
    }

    private static long decode(String chars) {
        long value = 0;
        for (char c : chars.toCharArray()) {
            value = (value << 5) | ALPHABET.indexOf(c);
        }
        return value;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
