package org.oversight.store;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Personal identifiers (身份证号) are never stored: this keeps a keyed hash (HMAC-SHA-256),
 * so the same person can be matched across ledgers, and a masked form for display.
 */
public final class Identifiers {

	private final byte[] key;

	public Identifiers(String key) {
		this.key = key.getBytes(StandardCharsets.UTF_8);
	}

	public String hash(String identifier) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(normalize(identifier).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Keeps the first four and last four characters: {@code 5204**********123X}. */
	public static String mask(String identifier) {
		String id = normalize(identifier);
		if (id.length() <= 8) {
			return "*".repeat(id.length());
		}
		return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
	}

	private static String normalize(String identifier) {
		return identifier.strip().toUpperCase(java.util.Locale.ROOT);
	}

}
