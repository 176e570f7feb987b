package org.accord.core.domain;

import java.time.LocalDate;

/** A responsible authority's sign-off of the final form, or its refusal with a reason. */
public record Endorsement(Member.PersonId person, PlatformUser user, String agency, Decision decision, String reason,
		LocalDate date) {

	public enum Decision {

		AWAITED, ENDORSED, DECLINED

	}

}
