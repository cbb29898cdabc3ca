package io.coro.channels.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coro.shared.database.CoroDataProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Channel credentials are encrypted at rest; the key is private, survives restarts, and can be rotated. */
class CredentialVaultTests {

    @TempDir
    Path dataDir;

    @Test
    void aSealedSecretOpensOnlyForWhatItWasSealedFor() {
        CredentialVault vault = vault("", List.of());
        String sealed = vault.seal("app-password-1234", "workspace-a/channel-1");

        assertThat(sealed).startsWith("v1:").doesNotContain("app-password-1234");
        assertThat(vault.open(sealed, "workspace-a/channel-1")).isEqualTo("app-password-1234");
        assertThatThrownBy(() -> vault.open(sealed, "workspace-b/channel-1"))
                .isInstanceOf(CredentialVault.VaultException.class);
        String tampered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThatThrownBy(() -> vault.open(tampered, "workspace-a/channel-1"))
                .isInstanceOf(CredentialVault.VaultException.class);
        assertThat(vault.seal("same", "x")).as("a fresh nonce every time").isNotEqualTo(vault.seal("same", "x"));
    }

    @Test
    void theGeneratedKeyIsPrivateAndSurvivesARestart() throws Exception {
        String sealed = vault("", List.of()).seal("token", "aad");
        Path keyFile = dataDir.resolve(CredentialVault.KEY_FILE);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                .isEqualTo("rw-------");
        assertThat(vault("", List.of()).open(sealed, "aad")).isEqualTo("token");
    }

    @Test
    void aRotatedKeyStillOpensWhatItSealedAndSaysItNeedsResealing() {
        String oldKey = randomKey();
        String newKey = randomKey();
        String sealedBefore = vault(oldKey, List.of()).seal("token", "aad");

        CredentialVault rotated = vault(newKey, List.of(oldKey));

        assertThat(rotated.open(sealedBefore, "aad")).isEqualTo("token");
        assertThat(rotated.needsResealing(sealedBefore)).isTrue();
        assertThat(rotated.needsResealing(rotated.seal("token", "aad"))).isFalse();
        assertThatThrownBy(() -> vault(newKey, List.of()).open(sealedBefore, "aad"))
                .isInstanceOf(CredentialVault.VaultException.class)
                .hasMessageContaining("previous-keys");
    }

    @Test
    void aMalformedConfiguredKeyIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> vault("not-a-key", List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 random bytes in base64");
    }

    CredentialVault vault(String key, List<String> previous) {
        return new CredentialVault(
                new ChannelsProperties(key, previous),
                new CoroDataProperties(dataDir, new CoroDataProperties.EmbeddedDb(0, Duration.ofSeconds(60), 2)));
    }

    static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
