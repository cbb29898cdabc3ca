package io.coro.channels.bluesky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordKeyTests {

    static final Instant CREATED = Instant.parse("2026-03-02T10:00:00.123456Z");

    @Test
    void theSameKeyAndTimeGiveTheSameRecordKey() {
        assertThat(RecordKey.of("post-42", CREATED)).isEqualTo(RecordKey.of("post-42", CREATED));
    }

    @Test
    void aRecordKeyIsAValidTid() {
        String rkey = RecordKey.of("post-42", CREATED);

        assertThat(rkey).hasSize(13).matches("[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}");
        assertThat(RecordKey.isTid(rkey)).isTrue();
    }

    @Test
    void itCarriesTheCreationTimeToTheMillisecond() {
        Instant time = RecordKey.timeOf(RecordKey.of("post-42", CREATED));

        assertThat(time)
                .isBetween(Instant.parse("2026-03-02T10:00:00.123Z"), Instant.parse("2026-03-02T10:00:00.124Z"));
        assertThat(Duration.between(CREATED, time).abs()).isLessThan(Duration.ofMillis(1));
    }

    @Test
    void differentKeysAtTheSameMillisecondGiveDifferentRecordKeys() {
        // a busy slot: 100 posts of one account scheduled for the same minute (20 bits of the key's hash tell them
        // apart; two of 2,000 would already meet by the birthday paradox)
        Instant slot = Instant.parse("2026-03-02T10:00:00Z");
        Set<String> rkeys = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            rkeys.add(RecordKey.of("item-" + i, slot));
        }
        assertThat(rkeys).hasSize(100);
    }

    @Test
    void recordKeysSortByCreationTime() {
        String earlier = RecordKey.of("zzz", Instant.parse("2026-03-02T10:00:00Z"));
        String later = RecordKey.of("aaa", Instant.parse("2026-03-02T10:00:00.001Z"));

        assertThat(earlier).isLessThan(later);
    }

    @Test
    void knownValue() {
        // 1 ms after the epoch: timestamp 1000 + sub-millisecond microseconds, clock id from the hash
        String rkey = RecordKey.of("k", Instant.ofEpochMilli(1));
        assertThat(rkey).startsWith("22222222");
        assertThat(RecordKey.timeOf(rkey).toEpochMilli()).isEqualTo(1);
    }

    @Test
    void anIdempotencyKeyIsRequired() {
        assertThatThrownBy(() -> RecordKey.of("", CREATED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecordKey.of("k", Instant.parse("1960-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
