package org.ameliwalkthrough.workshop;

import jakarta.validation.constraints.Size;
import org.ameliwalkthrough.identifiers.Required;

/** A learner joining: the code the volunteer read out, and a display name that is not their real name. */
record JoinForm(
        @Required(message = "{workshop.join.code.required}") @Size(max = 20, message = "{workshop.join.code.unknown}")
        String code,

        @Required(message = "{workshop.join.name.required}") @Size(max = 30, message = "{workshop.join.name.length}")
        String name) {}
