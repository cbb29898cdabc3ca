package io.coro.channels.internal;

import io.coro.shared.database.CoroDataProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts channel credentials at rest with AES-256-GCM. Each sealed value names the key that sealed it, so keys can
 * be rotated: the new key seals, the previous ones still open. The associated data (e.g. workspace and channel ids)
 * is authenticated too, so a sealed value copied to another channel or workspace does not open.
 *
 * <p>Format: {@code v1:<key id>:<base64 of 12-byte nonce + ciphertext + 16-byte tag>}.
 */
@Component
public class CredentialVault {

    static final String KEY_FILE = "channel-credentials.key";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    CredentialVault(ChannelsProperties properties, CoroDataProperties data) {
        byte[] current = properties.credentialKey().isBlank()
                ? keyFromFile(data.dataDir().resolve(KEY_FILE))
                : decodeKey(properties.credentialKey(), "coro.channels.credential-key");
        currentId = idOf(current);
        keys.put(currentId, new SecretKeySpec(current, "AES"));
        for (String previous : properties.previousKeys()) {
            byte[] key = decodeKey(previous, "coro.channels.previous-keys");
            keys.putIfAbsent(idOf(key), new SecretKeySpec(key, "AES"));
        }
    }

    public String seal(String plaintext, String associatedData) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out =
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed);
            return "v1:" + currentId + ":" + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Opens a sealed value; refuses (with {@link VaultException}) a tampered one, a foreign one, or an unknown key. */
    public String open(String sealed, String associatedData) {
        String[] parts = sealed == null ? new String[0] : sealed.split(":", 3);
        if (parts.length != 3 || !parts[0].equals("v1")) {
            throw new VaultException("not a sealed credential");
        }
        SecretKeySpec key = keys.get(parts[1]);
        if (key == null) {
            throw new VaultException("sealed with key " + parts[1]
                    + ", which is neither coro.channels.credential-key nor one of coro.channels.previous-keys");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, 12));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new VaultException("the sealed credential does not open: altered, or sealed for something else");
        }
    }

    /** Whether a value was sealed with an older key and should be sealed again with the current one. */
    public boolean needsResealing(String sealed) {
        return sealed != null && !sealed.startsWith("v1:" + currentId + ":");
    }

    static String idOf(byte[] key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key))
                    .substring(0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decodeKey(String base64, String property) {
        try {
            byte[] key = Base64.getDecoder().decode(base64.trim());
            if (key.length != 32) {
                throw new IllegalArgumentException();
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    property + " must be 32 random bytes in base64 (e.g. openssl rand -base64 32)");
        }
    }

    /** The generated key: created once (owner-only), then read at every start. */
    private static byte[] keyFromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] key = new byte[32];
                RANDOM.nextBytes(key);
                Path temporary = Files.createTempFile(
                        file.getParent(),
                        KEY_FILE,
                        ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(temporary, Base64.getEncoder().encodeToString(key) + "\n");
                Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return decodeKey(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the credential key " + file, e);
        }
    }

    /** A sealed credential that cannot be opened. */
    public static class VaultException extends RuntimeException {
        VaultException(String message) {
            super(message);
        }
    }
}
