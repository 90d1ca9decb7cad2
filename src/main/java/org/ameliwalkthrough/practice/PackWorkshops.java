package org.ameliwalkthrough.practice;

import java.util.Optional;

/**
 * Whether a code given to a persona pack ({@code ?workshop=}) is an open workshop's, so the pack can
 * tell a learner to join it rather than practise alone. Implemented by the workshop, which the
 * practice does not know; with no implementation every pack is the ordinary one.
 */
public interface PackWorkshops {

    /** The open workshop's join code, normalised; empty for an unknown, ended or malformed code. */
    Optional<String> openCode(String typed);

    /** Where a learner types the code, as a path. */
    String joinPath();
}
