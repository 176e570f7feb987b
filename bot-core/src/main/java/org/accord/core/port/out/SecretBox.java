package org.accord.core.port.out;

/**
 * Seals what an adapter keeps that must not be read from a copy of the store (a workspace's tokens), under the
 * operator's encryption key; {@code context} binds a sealed text to the record it belongs to.
 */
public interface SecretBox {

	String seal(String plaintext, String context);

	String open(String sealedText, String context);

}
