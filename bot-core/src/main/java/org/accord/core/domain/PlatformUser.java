package org.accord.core.domain;

/**
 * A person as a chat platform knows them: the platform ("slack", "msteams"), the workspace or tenant, and
 * the platform's user id. It never enters a response document.
 */
public record PlatformUser(String platform, String workspace, String userId) {

	public PlatformUser {
		if (platform == null || workspace == null || userId == null || userId.isBlank()) {
			throw new IllegalArgumentException("platform, workspace and user id are required");
		}
	}

}
