package org.ameliwalkthrough.practice.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The 6-digit code ameli e-mails at each login since December 2023. */
public record CodeForm(
        @NotBlank(message = "{practice.code.code.required}")
        @Pattern(regexp = "\\s*\\d{6}\\s*", message = "{practice.code.code.format}")
        String code) {}
