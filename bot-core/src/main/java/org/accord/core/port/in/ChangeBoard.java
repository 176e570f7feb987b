package org.accord.core.port.in;

import java.util.List;

import org.accord.core.card.Outcome;
import org.accord.core.domain.Role;

/** The chair keeps the board: who sits on it, in which role; the chair's seat is handed over, never left empty. */
public interface ChangeBoard {

	/** Who is on the board, with their roles. */
	Outcome show(Caller caller);

	Outcome add(Caller caller, Add command);

	Outcome remove(Caller caller, Remove command);

	/** The chair's seat handed to someone, once the chair has confirmed it (adding someone as chair asks first). */
	Outcome handOver(Caller caller, HandOver command);

	/** @param partnershipId the board the chair confirmed for; @param userId the new chair, on the chair's platform */
	record HandOver(String partnershipId, String userId) {

		public HandOver {
			if (userId == null || userId.isBlank()) {
				throw new IllegalArgumentException("Say who to hand the chair to: mention them.");
			}
		}

	}

	/** A person as their platform knows them, and the name it showed, if any. */
	record Person(String userId, String name) {

		public Person {
			if (userId == null || userId.isBlank()) {
				throw new IllegalArgumentException("Say who: mention them.");
			}
			name = name == null || name.isBlank() ? null : name.strip();
		}

	}

	/** @param agency the agency a responsible authority speaks for; null for any other role */
	record Add(List<Person> people, Role role, String agency) {

		public Add {
			people = List.copyOf(people);
			agency = agency == null || agency.isBlank() ? null : agency.strip();
			if (people.isEmpty()) {
				throw new IllegalArgumentException("Say who to add: mention them.");
			}
			if (role == null) {
				throw new IllegalArgumentException("Say which role: member, chair, authority <agency> or facilitator.");
			}
			if (role == Role.AUTHORITY && agency == null) {
				throw new IllegalArgumentException("Name the agency a responsible authority speaks for, e.g. police.");
			}
			if (role == Role.CHAIR && people.size() != 1) {
				throw new IllegalArgumentException("A board has one chair: hand it to one person.");
			}
			if (role != Role.AUTHORITY) {
				agency = null;
			}
		}

	}

	record Remove(List<Person> people) {

		public Remove {
			people = List.copyOf(people);
			if (people.isEmpty()) {
				throw new IllegalArgumentException("Say who to remove: mention them.");
			}
		}

	}

}
