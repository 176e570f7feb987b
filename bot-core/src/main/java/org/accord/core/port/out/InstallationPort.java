package org.accord.core.port.out;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a chat platform's installations live: opaque, already sealed text under an id the platform adapter
 * builds (one id per bot or installer of a workspace), and the one-time states of its install flow.
 * The store never sees a token in the clear.
 */
public interface InstallationPort {

	/** Writes (or replaces) one sealed installation record, filed under its workspace so it can be removed with it. */
	void save(String id, String enterpriseId, String teamId, String sealed);

	Optional<String> find(String id);

	void delete(String id);

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
