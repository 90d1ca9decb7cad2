package org.ameliwalkthrough.workshop;

import java.time.Clock;
import java.util.Optional;
import org.ameliwalkthrough.practice.PackWorkshops;
import org.springframework.stereotype.Component;

/**
 * Packs printed from the board name its code. Only a code that is an open workshop's comes back, as
 * stored, so a pack never prints what someone put in its address.
 */
@Component
class OpenWorkshopCodes implements PackWorkshops {

    private final Workshops workshops;
    private final Clock clock;

    OpenWorkshopCodes(Workshops workshops, Clock clock) {
        this.workshops = workshops;
        this.clock = clock;
    }

    @Override
    public Optional<String> openCode(String typed) {
        String code = WorkshopTokens.normalizeCode(typed);
        if (code.length() != WorkshopTokens.CODE_LENGTH || WorkshopTokens.hasLookAlike(code)) {
            return Optional.empty(); // not a code at all: no query for it
        }
        return workshops.byCode(code).filter(w -> w.isOpen(clock.instant())).map(Workshop::joinCode);
    }

    @Override
    public String joinPath() {
        return WorkshopPaths.JOIN;
    }
}
