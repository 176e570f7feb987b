package org.accord.core.service;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.accord.core.domain.Member;
import org.accord.core.domain.Partnership;
import org.accord.core.domain.PlatformUser;
import org.accord.core.domain.Role;
import org.accord.core.port.out.MemberPort;
import org.accord.core.port.out.PartnershipPort;

/** Finds the board and the caller's seat on it; founds the board for the first person who uses Accord. */
final class Boards {

	static final ZoneId DEFAULT_TIMEZONE = ZoneId.of("Europe/London");

	private final PartnershipPort partnerships;

	private final MemberPort members;

	Boards(PartnershipPort partnerships, MemberPort members) {
		this.partnerships = partnerships;
		this.members = members;
	}

	/** The board the person sits on, wherever it was founded; else their own workspace's board. */
	Optional<Partnership> find(PlatformUser user) {
		return found(user).map(Seat::partnership);
	}

	/**
	 * The board with the person's seat on it as read on the way: every click comes through here, and reading the
	 * member a second time to learn what the first read said would cost each click a store call.
	 */
	private Optional<Seat> found(PlatformUser user) {
		Optional<Member> sitting = members.seatOf(user);
		Optional<Partnership> joined = sitting.flatMap(m -> partnerships.find(m.partnershipId()));
		if (joined.isPresent()) {
			return Optional.of(new Seat(joined.get(), sitting, false));
		}
		return partnerships.findByWorkspace(workspaceKey(user)).map(p -> new Seat(p, members.find(p.id(), user), false));
	}

	/** A Slack team id and a Teams tenant id could coincide; the platform keeps them apart. */
	static String workspaceKey(PlatformUser user) {
		return user.platform() + ":" + user.workspace();
	}

	/** The caller's seat, founding the board with them as chair if the workspace has none. */
	Seat seatOrFound(PlatformUser user) {
		Optional<Seat> existing = found(user);
		if (existing.isPresent()) {
			return existing.get();
		}
		Partnership fresh = new Partnership(new Partnership.PartnershipId(UUID.randomUUID().toString()),
				workspaceKey(user), DEFAULT_TIMEZONE);
		Member chair = new Member(personIdFor(fresh.id(), user), fresh.id(), user, Role.CHAIR, null);
		PartnershipPort.Founding founding = partnerships.found(fresh, chair);
		if (founding.created()) {
			return new Seat(founding.partnership(), Optional.of(chair), true);
		}
		// Another founded it at the same moment: the person's seat is on theirs.
		return new Seat(founding.partnership(), members.find(founding.partnership().id(), user), false);
	}

	/** Keeps the member's name as their platform now shows it; written only when it changed. */
	Seat named(Seat seat, String name) {
		if (name == null || seat.member().isEmpty() || name.equals(seat.member().get().name())) {
			return seat;
		}
		Member renamed = members.save(seat.member().get().named(name));
		return new Seat(seat.partnership(), Optional.of(renamed), seat.justFounded());
	}

	/** The name Accord knows the person by on this board, or null. */
	String nameOf(Partnership.PartnershipId partnership, PlatformUser user) {
		return members.find(partnership, user).map(Member::name).orElse(null);
	}

	/** Everyone on the board, for what the whole board is told. */
	java.util.List<org.accord.core.domain.Member> everyone(Partnership.PartnershipId partnership) {
		return members.board(partnership);
	}

	Optional<Seat> seat(PlatformUser user) {
		return found(user);
	}

	/**
	 * The same person on the same board always has the same id, so someone removed and added again (or
	 * joining again by invitation) keeps their pseudonym: their earlier answers stay theirs, never a second
	 * rater's.
	 */
	static Member.PersonId personIdFor(Partnership.PartnershipId partnership, PlatformUser user) {
		String identity = partnership.value() + "\u0000" + user.platform() + "\u0000" + user.workspace() + "\u0000" + user.userId();
		return new Member.PersonId(UUID.nameUUIDFromBytes(identity.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
	}

	/** A partnership and, if the person is on its board, their membership. */
	record Seat(Partnership partnership, Optional<Member> member, boolean justFounded) {

		boolean is(Role role) {
			return member.map(m -> m.role() == role).orElse(false);
		}

	}

}
