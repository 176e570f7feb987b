package org.accord.core.port.in;

import org.accord.core.domain.PlatformUser;

/**
 * Who is asking, as the platform's signed request says.
 *
 * @param commandPrefix how this platform's people type a command ("/assess " in Slack, "" in Teams), so
 * help and hints read right where they are shown
 */
public record Caller(PlatformUser user, String commandPrefix) {
}
