package io.coro.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.coro.plan.internal.ChannelLimits;
import io.coro.plan.internal.ImageType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Lengths as the networks count them, and images recognised by their bytes. */
class TextAndImageRulesTests {

    @Test
    void anEmojiCountsAsOneCharacterEvenWhenMadeOfSeveralCodePoints() {
        assertThat(ChannelLimits.graphemes("ciao")).isEqualTo(4);
        assertThat(ChannelLimits.graphemes("😀")).isEqualTo(1);
        assertThat(ChannelLimits.graphemes("👨‍👩‍👧")).isEqualTo(1);
        assertThat(ChannelLimits.graphemes("🇮🇹")).isEqualTo(1);
        assertThat(ChannelLimits.graphemes("caffe\u0301")).isEqualTo(5);
    }

    @Test
    void eachChannelHasItsLimitInOnePlace() {
        assertThat(ChannelLimits.limitOf("Bluesky")).hasValue(300);
        assertThat(ChannelLimits.limitOf("Mastodon")).hasValue(500);
        assertThat(ChannelLimits.limitOf("Instagram")).hasValue(2200);
        assertThat(ChannelLimits.limitOf("Facebook")).hasValue(63206);
        assertThat(ChannelLimits.limitOf("LinkedIn")).hasValue(3000);
        assertThat(ChannelLimits.limitOf("TikTok")).hasValue(2200);
        assertThat(ChannelLimits.limitOf("YouTube")).hasValue(5000);
        assertThat(ChannelLimits.limitOf("Newsletter")).isEmpty();
        assertThat(ChannelLimits.limitOf("Pinterest")).hasValue(5000);
        // 300 emoji fit Bluesky (600 UTF-16 units), 301 do not
        assertThat(ChannelLimits.fits("Bluesky", "🥐".repeat(300))).isTrue();
        assertThat(ChannelLimits.fits("Bluesky", "🥐".repeat(301))).isFalse();
    }

    @Test
    void imagesAreRecognisedByTheirFirstBytesOnly() {
        assertThat(ImageType.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1)))
                .contains(ImageType.JPEG);
        assertThat(ImageType.detect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D)))
                .contains(ImageType.PNG);
        assertThat(ImageType.detect(bytes('G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0)))
                .contains(ImageType.GIF);
        assertThat(ImageType.detect(bytes('R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P')))
                .contains(ImageType.WEBP);
        assertThat(ImageType.detect("just some text, named photo.jpg".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(ImageType.detect(bytes('R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'A', 'V', 'E')))
                .as("a WAV file is RIFF too")
                .isEmpty();
        assertThat(ImageType.detect(new byte[3])).isEmpty();
    }

    static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
