package org.ameliwalkthrough.franceconnect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.ameliwalkthrough.franceconnect.InvalidGrantException.Reason;
import org.ameliwalkthrough.records.PracticePerson;
import org.ameliwalkthrough.records.PracticeRecords;
import org.springframework.stereotype.Component;

/** The token + userinfo calls of the practice FranceConnect, answered in process. */
@Component
class InProcessTokenEndpoint implements TokenEndpoint {

    private final AuthorizationCodes codes;
    private final PracticeRecords records;

    InProcessTokenEndpoint(AuthorizationCodes codes, PracticeRecords records) {
        this.codes = codes;
        this.records = records;
    }

    @Override
    public IdentityClaims redeem(String clientId, String code, String redirectUri) {
        AuthorizationCodes.Redeemed redeemed = codes.redeem(clientId, code, redirectUri);
        PracticePerson person = records.findById(redeemed.personId())
                .orElseThrow(() -> new InvalidGrantException(Reason.UNKNOWN_OR_USED));
        return claims(person, clientId, redeemed.nonce());
    }

    static IdentityClaims claims(PracticePerson person, String clientId, String nonce) {
        return new IdentityClaims(
                pairwiseSub(clientId, person.slug()),
                person.firstNames(),
                person.birthName(),
                person.usualName() == null ? "" : person.usualName(),
                IdentityClaims.gender(person.sex()),
                person.birthDate().toString(),
                person.isBornAbroad() ? "" : person.birthplaceCode(),
                person.birthCountryCode(),
                nonce);
    }

    /** Like FranceConnect's pairwise subject: stable for one service, different for another. */
    static String pairwiseSub(String clientId, String personKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("practice-fc|" + clientId + "|" + personKey).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
