/**
 * The ameli side of the FranceConnect hand-off: an OpenID Connect client in miniature. It makes the
 * state and nonce, sends the browser to the identity provider, checks what comes back and redeems the
 * one-time code through {@link org.ameliwalkthrough.practice.oidc.IdentityProviderClient}. Only
 * {@code InProcessIdentityProviderClient} knows the practice FranceConnect exists; a client to
 * FranceConnect's integration environment could replace it without touching the rest.
 */
package org.ameliwalkthrough.practice.oidc;
