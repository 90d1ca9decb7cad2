package org.ameliwalkthrough.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wrong-answer counts belong to the persona in the database and outlive sessions, as they should:
 * tests that share one application context start each case with a clean count.
 */
public final class PracticeData {

    private PracticeData() {}

    public static void forgetAttempts(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM practice_check_attempt").update();
    }
}
