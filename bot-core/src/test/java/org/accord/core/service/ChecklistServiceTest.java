package org.accord.core.service;

import java.util.List;

import org.accord.core.domain.Framework;
import org.accord.core.domain.SubItem;
import org.accord.core.framework.FrameworkCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.accord.core.service.CoreFixture.replyText;
import static org.assertj.core.api.Assertions.assertThat;

class ChecklistServiceTest {

	private CoreFixture fixture;

	@BeforeEach
	void board() {
		fixture = new CoreFixture();
		fixture.say("UCHAIR", "board add <@UMEM> as member");
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void givenPositionsAsHuntingdonshireRecordedThem_thenTheSummaryReadsLikeTheirs() {
		Framework hallmarks = FrameworkCatalog.builtIn().find("hallmarks-2007").orElseThrow();
		List<SubItem> items = hallmarks.criteria().stream().flatMap(c -> c.items().stream()).toList();
		for (int i = 0; i < items.size(); i++) {
			String position = i < 90 ? "adopted and working towards 2008-09-01" : "identified gap";
			fixture.say("UCHAIR", "checklist " + items.get(i).id() + " " + position);
		}
		String summary = replyText(fixture.say("UMEM", "checklist"));
		assertThat(summary).contains("90 of 115 (78%) adopted", "25 with a gap identified", "0 not recorded yet",
				"Introduction: 1 of 1 (100%)", "Statutory requirements:", "Empowered and Effective Leadership:");
		assertThat(replyText(fixture.say("UMEM", "checklist 1a"))).contains("Adopted and working towards (2008-09-01)");
	}

	@Test
	void givenFurtherActionAndAnOwner_thenTheItemShowsThem() {
		assertThat(replyText(fixture.say("UCHAIR", "checklist 12a identified gap Not yet in the terms of reference")))
			.contains("12a: Identified gap");
		assertThat(replyText(fixture.say("UCHAIR", "checklist 12a further \"Add to the terms of reference\" <@UMEM|mem>")))
			.contains("Further action on 12a: Add to the terms of reference, owner <@UMEM>");
		assertThat(replyText(fixture.say("UMEM", "checklist 12a"))).contains("Identified gap", "Not yet in the terms of reference",
				"Further action: Add to the terms of reference", "owner <@UMEM>");
	}

	@Test
	void givenAMemberOrAWrongItem_thenAClearMessage() {
		assertThat(replyText(fixture.say("UMEM", "checklist 1a adopted"))).contains("Only the chair records");
		assertThat(replyText(fixture.say("UCHAIR", "checklist 99z adopted"))).contains("There is no item 99z");
		assertThat(replyText(fixture.say("UCHAIR", "checklist 1a maybe"))).contains("Which position?");
		assertThat(replyText(fixture.say("UCHAIR", "checklist"))).contains("0 of 115 (0%) adopted", "115 not recorded yet");
	}

}
