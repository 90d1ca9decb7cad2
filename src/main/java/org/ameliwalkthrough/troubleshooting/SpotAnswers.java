package org.ameliwalkthrough.troubleshooting;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ameliwalkthrough.system.SessionKey;

/** What one visitor answered in "spot the fake": kept in the HTTP session only, never stored. */
public class SpotAnswers implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final SessionKey<SpotAnswers> KEY = SessionKey.of("spotTheFakeAnswers", SpotAnswers.class);

    private final Map<String, Boolean> saidFake = new LinkedHashMap<>();

    public void answer(SpotMessage message, boolean fake) {
        saidFake.put(message.id(), fake);
    }

    public boolean answered(SpotMessage message) {
        return saidFake.containsKey(message.id());
    }

    /** Null until answered. */
    public Boolean saidFake(SpotMessage message) {
        return saidFake.get(message.id());
    }

    public boolean correct(SpotMessage message) {
        return answered(message) && saidFake.get(message.id()) == message.fake();
    }

    public boolean allAnswered(Collection<SpotMessage> messages) {
        return messages.stream().allMatch(this::answered);
    }

    public long score(Collection<SpotMessage> messages) {
        return messages.stream().filter(this::correct).count();
    }

    public long answeredCount(Collection<SpotMessage> messages) {
        return messages.stream().filter(this::answered).count();
    }
}
