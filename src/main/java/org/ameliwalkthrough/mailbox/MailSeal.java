package org.ameliwalkthrough.mailbox;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals what a practice e-mail carries (a link's token, a login code) before the inbox goes into the
 * session, so the session table never holds them in clear (AES-GCM). The key comes from
 * {@code practice.mailbox-key} (Base64, 32 bytes), the same on every instance; without it, a key is
 * made at startup and messages sent before a restart can no longer be opened.
 */
@Component
public class MailSeal {

    private static final Logger LOG = LoggerFactory.getLogger(MailSeal.class);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    MailSeal(@Value("${practice.mailbox-key:}") String base64Key) {
        byte[] bytes;
        if (base64Key.isBlank()) {
            bytes = new byte[32];
            random.nextBytes(bytes);
            LOG.info(
                    "practice.mailbox-key is not set: practice e-mails sent before a restart cannot be opened after it");
        } else {
            bytes = Base64.getDecoder().decode(base64Key.strip());
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    public String seal(String clear) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                            .put(iv)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The clear value; empty when it was sealed with another key (a restart without a set key) or forged. */
    public Optional<String> open(String sealed) {
        try {
            byte[] all = Base64.getUrlDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return Optional.of(
                    new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
