package org.accord.core.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a chat platform's installations live: opaque, already sealed text under an id the platform adapter
 * builds (one id per bot or installer of a workspace), and the one-time states of its install flow.
 * The store never sees a token in the clear.
 */
public interface InstallationPort {

	/** One stored record: its id and its sealed text. */
	record Sealed(String id, String sealed) {
	}

	/** Writes (or replaces) one sealed installation record, filed under its workspace so it can be removed with it. */
	void save(String id, String enterpriseId, String teamId, String sealed);

	Optional<String> find(String id);

	void delete(String id);

	/** Every record of a workspace (its bot and its installers), to find those that hold a revoked token. */
	List<Sealed> findWorkspace(String enterpriseId, String teamId);

	/** Every record, to seal them again under a new key. */
	List<Sealed> findAll();

	/**
	 * Replaces a record's sealed text, only while it is still {@code expected}: a record that an install
	 * rewrote in the meantime is left as it now is. True when replaced.
	 */
	boolean replaceSealed(String id, String expected, String sealed);

	/** Removes every record of a workspace (an uninstall); returns how many went. */
	long deleteWorkspace(String enterpriseId, String teamId);

	/** Records a state issued to a browser, valid until {@code expiresAt}. */
	void addState(String state, Instant expiresAt);

	/**
	 * Takes a state: true only for the first caller, and only before it expires. The state is gone afterwards,
	 * so a replayed redirect is refused.
	 */
	boolean takeState(String state, Instant now);

	void deleteState(String state);

}
