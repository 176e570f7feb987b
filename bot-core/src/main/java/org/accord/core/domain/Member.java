package org.accord.core.domain;

/**
 * A person on a board. The person id is Accord's own; a response is stored under a pseudonym derived from
 * it, never under it.
 *
 * @param agency for a responsible-authority representative, the agency they speak for (police, council…)
 */
public record Member(PersonId id, Partnership.PartnershipId partnershipId, PlatformUser user, Role role, String agency) {

	public record PersonId(String value) {
	}

	public Member withRole(Role newRole, String newAgency) {
		return new Member(id, partnershipId, user, newRole, newAgency);
	}

	/** How the board list names this person's role. */
	public String roleWords() {
		return role == Role.AUTHORITY && agency != null ? role.words() + " (" + agency + ")" : role.words();
	}

}
