package io.coro.channels.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import io.coro.channels.bluesky.Facets.Facet;
import io.coro.channels.bluesky.Facets.Kind;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FacetsTests {

    /** What Bluesky's app shows as the facet: the UTF-8 bytes of the range, decoded. */
    static String slice(String text, Facet facet) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new String(Arrays.copyOfRange(bytes, facet.byteStart(), facet.byteEnd()), StandardCharsets.UTF_8);
    }

    @Test
    void offsetsCountUtf8BytesSoAccentsAndEmojiBeforeAFacetShiftIt() {
        String text = "Perché il caffè è già pronto ☕🇮🇹 da @bruno.test: https://example.com/menu #colazione";

        List<Facet> facets = Facets.detect(text);

        assertThat(facets).extracting(Facet::kind).containsExactly(Kind.MENTION, Kind.LINK, Kind.TAG);
        assertThat(facets)
                .extracting(f -> slice(text, f))
                .containsExactly("@bruno.test", "https://example.com/menu", "#colazione");
        // "Perché il caffè è già pronto " is 29 characters but 33 bytes; ☕ is 3 bytes, the flag 8 (4 Java chars)
        Facet mention = facets.get(0);
        assertThat(text.indexOf("@bruno")).isEqualTo(29 + 1 + 4 + 4);
        assertThat(mention.byteStart()).isEqualTo(33 + 3 + 8 + 4);
        assertThat(mention.byteEnd() - mention.byteStart()).isEqualTo("@bruno.test".length());
        assertThat(facets)
                .extracting(Facet::value)
                .containsExactly("bruno.test", "https://example.com/menu", "colazione");
    }

    @Test
    void aLinkWithAccentsKeepsItsBytesAndLosesTheSentencesPunctuation() {
        String text =
                "Vedi https://it.wikipedia.org/wiki/Caffè_espresso, poi (https://example.com/a_(b)) e https://x.org/?q=1.";

        List<Facet> links = Facets.detect(text);

        assertThat(links)
                .extracting(Facet::value)
                .containsExactly(
                        "https://it.wikipedia.org/wiki/Caffè_espresso",
                        "https://example.com/a_(b)",
                        "https://x.org/?q=1");
        assertThat(links).allSatisfy(link -> assertThat(slice(text, link)).isEqualTo(link.value()));
    }

    @Test
    void linkTrimmingDropsSentenceEndsAndUnopenedBrackets() {
        assertThat(Facets.trimLink("https://a.it/x.")).isEqualTo("https://a.it/x");
        assertThat(Facets.trimLink("https://a.it/x!?")).isEqualTo("https://a.it/x");
        assertThat(Facets.trimLink("https://a.it/x),")).isEqualTo("https://a.it/x");
        assertThat(Facets.trimLink("https://a.it/wiki/A_(b)")).isEqualTo("https://a.it/wiki/A_(b)");
        assertThat(Facets.trimLink("https://a.it/»")).isEqualTo("https://a.it/");
    }

    @Test
    void onlyWebAddressesWithAHostAreLinks() {
        assertThat(Facets.detect("ftp://a.it https:// www.example.com mailto:a@b.it"))
                .isEmpty();
        assertThat(Facets.detect("HTTPS://Example.com/X"))
                .extracting(Facet::value)
                .containsExactly("HTTPS://Example.com/X");
        assertThat(Facets.detect("vedi:https://example.com")).isEmpty();
    }

    @Test
    void hashtagsTakeUnicodeLettersButNotPureNumbersOrTrailingPunctuation() {
        String text = "#caffè #2024 #giubileo2025! #perché? #日本 #☕ a#b ＃pieno #1a";

        List<Facet> tags = Facets.detect(text);

        assertThat(tags)
                .extracting(Facet::value)
                .containsExactly("caffè", "giubileo2025", "perché", "日本", "☕", "pieno", "1a");
        assertThat(tags)
                .extracting(t -> slice(text, t))
                .containsExactly("#caffè", "#giubileo2025", "#perché", "#日本", "#☕", "＃pieno", "#1a");
    }

    @Test
    void aHashtagLongerThan64CharactersIsNoTag() {
        String tag64 = "a".repeat(64);
        String tag65 = "b".repeat(65);

        assertThat(Facets.detect("#" + tag64 + " #" + tag65))
                .extracting(Facet::value)
                .containsExactly(tag64);
        // 64 accented letters written as letter + combining accent: 128 chars, 64 graphemes
        String combining = "e\u0301".repeat(64);
        assertThat(Facets.detect("#" + combining)).extracting(Facet::value).containsExactly(combining);
    }

    @Test
    void mentionsNeedAHandleWithADomainAndLoseTrailingDots() {
        String text = "ciao @alice.bsky.social. e (@bob.test) non @nessuno, né mail@carla.test né @-x.test";

        List<Facet> mentions = Facets.detect(text);

        assertThat(mentions).extracting(Facet::value).containsExactly("alice.bsky.social", "bob.test");
        assertThat(mentions).extracting(m -> slice(text, m)).containsExactly("@alice.bsky.social", "@bob.test");
    }

    @Test
    void handlesAreCaseInsensitiveAndResolvedInLowerCase() {
        assertThat(Facets.detect("@Alice.Test")).extracting(Facet::value).containsExactly("alice.test");
    }

    @Test
    void noFacetsInPlainOrEmptyText() {
        assertThat(Facets.detect("")).isEmpty();
        assertThat(Facets.detect(null)).isEmpty();
        assertThat(Facets.detect("Buongiorno a tutti, oggi è festa.")).isEmpty();
    }

    @Test
    void utf8OffsetsOfSurrogatePairs() {
        String text = "😀a";
        assertThat(Facets.utf8Offset(text, 2)).isEqualTo(4);
        assertThat(Facets.utf8Offset("è", 1)).isEqualTo(2);
    }
}
