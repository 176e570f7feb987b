package org.accord.core.port.out;

import java.util.List;
import java.util.Optional;

import org.accord.core.domain.Member;
import org.accord.core.domain.Partnership;
import org.accord.core.domain.PlatformUser;

public interface MemberPort {

	Optional<Member> find(Partnership.PartnershipId partnership, PlatformUser user);

	List<Member> board(Partnership.PartnershipId partnership);

	/** The person's seat on whichever board they joined, from any workspace (an invitation crosses platforms). */
	Optional<Member> seatOf(PlatformUser user);

	/** Adds the member, or changes the role of the person already on the board. */
	Member save(Member member);

	boolean remove(Member.PersonId person);

}
