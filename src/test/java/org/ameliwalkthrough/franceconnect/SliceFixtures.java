package org.ameliwalkthrough.franceconnect;

import java.time.LocalDate;
import org.ameliwalkthrough.identifiers.Nir;
import org.ameliwalkthrough.identifiers.NumeroFiscal;
import org.ameliwalkthrough.identifiers.Postcode;
import org.ameliwalkthrough.records.PracticePerson;
import org.springframework.mock.web.MockHttpSession;

/** What the controller slices share: a login in progress in a session, and a practice person. */
final class SliceFixtures {

    static final RegisteredClient AMELI = RegisteredClient.AMELI;
    static final AuthorizationRequest REQUEST = new AuthorizationRequest(
            AMELI.clientId(), AMELI.redirectUri(), "state-from-ameli-0123456789", "nonce-from-ameli-0123456789");
    static final long DAVID_ID = 2L;
    static final String DAVID_FISCAL = "3729488324303";

    private SliceFixtures() {}

    /** A session where ameli's request was accepted and nobody has logged in yet. */
    static MockHttpSession pending() {
        MockHttpSession session = new MockHttpSession();
        PendingLogin.start(session, REQUEST);
        return session;
    }

    /** A session where the practice impots.gouv.fr login succeeded for this person. */
    static MockHttpSession identified(long personId) {
        MockHttpSession session = pending();
        PendingLogin.in(session).orElseThrow().identified(session, personId);
        return session;
    }

    static PracticePerson david(String taxPasswordHash) {
        return new PracticePerson(
                DAVID_ID,
                "david",
                "MILLER",
                null,
                "David James",
                Nir.Sex.MALE,
                LocalDate.of(1990, 9, 3),
                "99404",
                "États-Unis",
                Nir.parse("190099940411282"),
                Postcode.parse("33000"),
                null,
                null,
                false,
                NumeroFiscal.parse(DAVID_FISCAL),
                taxPasswordHash,
                "GENERAL",
                "rib-not-recognised",
                2,
                org.ameliwalkthrough.support.TestPersons.PAPERS);
    }
}
