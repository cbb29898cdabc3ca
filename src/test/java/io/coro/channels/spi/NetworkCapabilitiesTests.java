package io.coro.channels.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NetworkCapabilitiesTests {

    static final NetworkCapabilities BLUESKY = new NetworkCapabilities(
            300,
            NetworkCapabilities.LengthUnit.GRAPHEMES,
            4,
            1_000_000,
            Set.of("image/jpeg", "image/png"),
            true,
            true,
            0);
    static final NetworkCapabilities MASTODON = new NetworkCapabilities(
            500, NetworkCapabilities.LengthUnit.CODE_POINTS, 4, 16_000_000, Set.of("image/jpeg"), true, true, 23);

    @Test
    void lengthIsCountedAsEachNetworkCountsIt() {
        String family = "👨‍👩‍👧"; // one grapheme, five code points
        String flag = "🇮🇹"; // one grapheme, two code points

        assertThat(BLUESKY.lengthOf("Buongiorno " + family + flag)).isEqualTo(13);
        assertThat(MASTODON.lengthOf("Buongiorno " + family + flag)).isEqualTo(11 + 5 + 2);
        assertThat(BLUESKY.lengthOf("è caffè")).isEqualTo(7);
        assertThat(BLUESKY.lengthOf(null)).isZero();
    }

    @Test
    void onMastodonEveryLinkCountsTwentyThree() {
        String text = "Menu: https://aurora.example/menu/autunno-2026-con-castagne e https://x.it";

        assertThat(MASTODON.lengthOf(text)).isEqualTo("Menu: ".length() + 23 + " e ".length() + 23);
        assertThat(BLUESKY.lengthOf(text)).isEqualTo(text.length());
    }
}
