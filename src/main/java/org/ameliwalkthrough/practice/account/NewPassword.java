package org.ameliwalkthrough.practice.account;

/** A new password typed twice: the sign-up's password step and the reset link's form. */
public interface NewPassword {

    String password();

    String confirmation();
}
