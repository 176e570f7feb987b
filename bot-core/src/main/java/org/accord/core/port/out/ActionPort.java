package org.accord.core.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accord.core.domain.Action;
import org.accord.core.domain.Partnership;

/** The action plan. Each change is a compare-and-set on one action document. */
public interface ActionPort {

	/** Stores a new action, giving it the partnership's next number. */
	Action create(Action action);

	Optional<Action> find(Action.ActionId id);

	/** Those of them that exist, in one store call: a sweep reads the actions its due nudges speak of together. */
	Map<Action.ActionId, Action> findAll(Collection<Action.ActionId> ids);

	Optional<Action> byNumber(Partnership.PartnershipId partnership, int number);

	List<Action> plan(Partnership.PartnershipId partnership);

	/** @return the stored action, or empty when someone changed it first */
	Optional<Action> update(Action before, Action after);

}
