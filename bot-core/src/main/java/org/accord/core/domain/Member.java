package org.accord.core.domain;

/**
 * A person on a board. The person id is Accord's own; a response is stored under a pseudonym derived from
 * it, never under it.
 *
 * @param agency for a responsible-authority representative, the agency they speak for (police, council…)
 * @param name the display name their platform last gave, or null: Teams shows people by it, and a chair
 * should read names, never platform ids
 */
public record Member(PersonId id, Partnership.PartnershipId partnershipId, PlatformUser user, Role role, String agency,
		String name) {

	public record PersonId(String value) {
	}

	public Member(PersonId id, Partnership.PartnershipId partnershipId, PlatformUser user, Role role, String agency) {
		this(id, partnershipId, user, role, agency, null);
	}

	public Member withRole(Role newRole, String newAgency) {
		return new Member(id, partnershipId, user, newRole, newAgency, name);
	}

	/** The same member under the name their platform now gives; a missing name keeps the one known. */
	public Member named(String newName) {
		return newName == null || newName.isBlank() ? this : new Member(id, partnershipId, user, role, agency, newName.strip());
	}

	/** How the board list names this person's role. */
	public String roleWords() {
		return role == Role.AUTHORITY && agency != null ? role.words() + " (" + agency + ")" : role.words();
	}

}
