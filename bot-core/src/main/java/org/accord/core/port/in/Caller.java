package org.accord.core.port.in;

import org.accord.core.domain.PlatformUser;

/**
 * Who is asking, as the platform's signed request says.
 *
 * @param commandPrefix how this platform's people type a command ("/assess " in Slack, "" in Teams), so
 * help and hints read right where they are shown
 * @param name the person's display name as the platform gave it, or null; shown to others where Accord
 * names them
 */
public record Caller(PlatformUser user, String commandPrefix, String name) {

	public Caller(PlatformUser user, String commandPrefix) {
		this(user, commandPrefix, null);
	}

	public Caller {
		name = name == null || name.isBlank() ? null : name.strip();
	}

}
