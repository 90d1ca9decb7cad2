package org.ameliwalkthrough.troubleshooting;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The messages of the "spot the fake" exercise: fictional fakes modelled on real campaigns (reference
 * E.2), and one real validation e-mail for the stand-alone page. Their text lives in the bundles under
 * {@code safety.spot.<id>.*}; the French e-mail text ends in {@code .real} because it is shown as is.
 */
public enum SpotMessage {
    SUSPENDED("suspended", true, 3, 5),
    VALIDATION("validation", false, 3, 5),
    REFUND("refund", true, 3, 4),
    BANK("bank", true, 3, 4);

    private final String id;
    private final boolean fake;
    private final int paragraphs;
    private final int reasons;

    SpotMessage(String id, boolean fake, int paragraphs, int reasons) {
        this.id = id;
        this.fake = fake;
        this.paragraphs = paragraphs;
        this.reasons = reasons;
    }

    public static Optional<SpotMessage> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }

    /** The fakes: what the practice mailbox shows beside its own, real validation e-mail. */
    public static List<SpotMessage> fakes() {
        return Arrays.stream(values()).filter(SpotMessage::fake).toList();
    }

    public String id() {
        return id;
    }

    public boolean fake() {
        return fake;
    }

    /** Message key stem, e.g. {@code safety.spot.refund}. */
    public String key() {
        return "safety.spot." + id;
    }

    /** Keys of the e-mail's body paragraphs (French, shown as is). */
    public List<String> paragraphKeys() {
        return IntStream.rangeClosed(1, paragraphs)
                .mapToObj(n -> key() + ".p" + n + ".real")
                .toList();
    }

    /** Keys of the reasons it is real or fake: sender, link target, what it asks for, urgency. */
    public List<String> reasonKeys() {
        return IntStream.rangeClosed(1, reasons)
                .mapToObj(n -> key() + ".why" + n)
                .toList();
    }
}
