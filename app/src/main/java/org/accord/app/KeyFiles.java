package org.accord.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.accord.app.store.DataFolder;
import org.accord.core.service.Sealer;

/**
 * A key from configuration, or, for the embedded default, one created once in the data folder (readable
 * by its owner only from its first byte) and reused on every start. The key itself is never logged. Public for
 * the jar's commands, which read the same keys as the server.
 */
public final class KeyFiles {

	private static final int KEY_BYTES = 32;

	private KeyFiles() {
	}

	public static byte[] configuredOrCreated(String configured, Path dataDir, String fileName) {
		String variable = variableOf(fileName);
		if (configured != null && !configured.isBlank()) {
			return decode(configured.strip(), variable + " is shorter than 32 bytes.",
					"Set it to base64 of 32 random bytes (`openssl rand -base64 32`).");
		}
		Path file = dataDir.resolve(fileName);
		try {
			DataFolder.prepare(dataDir);
			if (!Files.exists(file)) {
				byte[] key = new byte[KEY_BYTES];
				new SecureRandom().nextBytes(key);
				// Owner-only from its first byte; another start that wrote it first wins, and its key is read below.
				DataFolder.createPrivate(file, Base64.getEncoder().encodeToString(key).getBytes(StandardCharsets.US_ASCII));
			}
			else {
				DataFolder.tighten(file);
			}
			return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(),
					"The key file " + file.toAbsolutePath() + " holds fewer than 32 bytes (" + variable + " is unset).",
					"Put back the file from a backup, or set " + variable + ".");
		}
		catch (IOException e) {
			throw new StartupProblem("Cannot read or create the key file " + file.toAbsolutePath() + " (" + variable
					+ " is unset): " + reason(e) + ".", "Make ACCORD_DATA_DIR a folder Accord may write in and the file"
							+ " readable by the user Accord runs as, or set " + variable + ".");
		}
	}

	/** anonymity.key is ACCORD_ANONYMITY_KEY's file, encryption.key ACCORD_ENCRYPTION_KEY's. */
	private static String variableOf(String fileName) {
		String name = fileName.endsWith(".key") ? fileName.substring(0, fileName.length() - ".key".length()) : fileName;
		return "ACCORD_" + name.toUpperCase(java.util.Locale.ROOT).replace('.', '_') + "_KEY";
	}

	private static String reason(IOException e) {
		String message = e.getMessage() == null ? "" : e.getMessage();
		return e.getClass().getSimpleName() + (message.isEmpty() ? "" : " " + message);
	}

	/**
	 * The sealer of stored installations: the encryption key (configured, else the data folder's file) and, while
	 * it is being rotated, the previous one, which is only ever configured.
	 */
	public static Sealer sealer(String encryptionKey, String previousKey, Path dataDir) {
		byte[] current = configuredOrCreated(encryptionKey, dataDir, "encryption.key");
		return new Sealer(current, previousKey == null || previousKey.isBlank() ? null
				: decode(previousKey.strip(), "ACCORD_ENCRYPTION_KEY_PREVIOUS is shorter than 32 bytes.",
						"Set it to the base64 key that ACCORD_ENCRYPTION_KEY was before, or unset it."));
	}

	/** Base64 of at least 32 bytes; any other text of at least 32 characters is taken as its UTF-8 bytes. */
	private static byte[] decode(String text, String tooShort, String action) {
		try {
			byte[] key = Base64.getDecoder().decode(text);
			if (key.length >= KEY_BYTES) {
				return key;
			}
		}
		catch (IllegalArgumentException notBase64) {
			// Taken as text below.
		}
		byte[] raw = text.getBytes(StandardCharsets.UTF_8);
		if (raw.length < KEY_BYTES) {
			throw new StartupProblem(tooShort, action);
		}
		return raw;
	}

}
