package org.accord.slack;

import java.time.Clock;

import com.slack.api.bolt.service.OAuthStateService;
import org.accord.core.port.out.InstallationPort;

/**
 * The install flow's states in Accord's store, so that any instance can finish an install another began.
 * Bolt checks the state in the redirect against its cookie and then asks here: the state is taken at that
 * moment (read and deleted in one step), so it is good once, and only until it expires.
 */
public final class MongoOAuthStateService implements OAuthStateService {

	private final InstallationPort port;

	private final Clock clock;

	public MongoOAuthStateService(InstallationPort port, Clock clock) {
		this.port = port;
		this.clock = clock;
	}

	@Override
	public void addNewStateToDatastore(String state) {
		port.addState(state, clock.instant().plusSeconds(getExpirationInSeconds()));
	}

	@Override
	public boolean isAvailableInDatabase(String state) {
		return port.takeState(state, clock.instant());
	}

	@Override
	public void deleteStateFromDatastore(String state) {
		if (state != null) {
			port.deleteState(state);
		}
	}

}
