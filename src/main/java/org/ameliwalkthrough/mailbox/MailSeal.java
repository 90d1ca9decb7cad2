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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seals what a practice e-mail carries (a link's token, a login code) before the inbox goes into the
 * session, so the session table never holds them in clear (AES-GCM). The key comes from
 * {@code practice.mailbox-key} (Base64, 32 bytes); without it, the first instance to start makes one
 * and keeps it in the database ({@code app_secret}), so restarts and other instances open the same mails.
 * Setting it keeps the key out of the database altogether.
 */
@Component
public class MailSeal {

    private static final Logger LOG = LoggerFactory.getLogger(MailSeal.class);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    MailSeal(@Value("${practice.mailbox-key:}") String base64Key, JdbcClient jdbc) {
        this(base64Key.isBlank() ? sharedKey(jdbc) : base64Key);
    }

    MailSeal(String base64Key) {
        this.key = new SecretKeySpec(Base64.getDecoder().decode(base64Key.strip()), "AES");
    }

    /** Insert-if-absent, then read: whichever instance wins, all of them end up with the same key. */
    private static String sharedKey(JdbcClient jdbc) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
            jdbc.sql("INSERT INTO app_secret (name, secret) VALUES ('mailbox-key', :secret)")
                    .param("secret", Base64.getEncoder().encodeToString(fresh))
                    .update();
            LOG.info("practice.mailbox-key is not set: made one and kept it in the database for every instance");
        } catch (DuplicateKeyException alreadyMade) {
            // another instance (or an earlier start) made it
        }
        return jdbc.sql("SELECT secret FROM app_secret WHERE name = 'mailbox-key'")
                .query(String.class)
                .single();
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
