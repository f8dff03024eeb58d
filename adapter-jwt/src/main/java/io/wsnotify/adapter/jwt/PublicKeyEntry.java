package io.wsnotify.adapter.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;

/**
 * One usable key of the JWKS file: the only algorithm it verifies, its {@code kid} (may be null)
 * and the verifier built for it once, at start.
 */
record PublicKeyEntry(JWSAlgorithm algorithm, String keyId, JWSVerifier verifier) {}
