package org.accord.app;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Sees every module: adapters and the scheduler reach bot-core only, never each other. */
@AnalyzeClasses(packages = "org.accord", importOptions = { ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class })
class ArchitectureTest {

	/** bot-core's test fixtures reach the app's tests as a jar, which ArchUnit's own option does not leave out. */
	static final class NoTestJars implements ImportOption {

		@Override
		public boolean includes(com.tngtech.archunit.core.importer.Location location) {
			return !location.contains("-tests.jar");
		}

	}

	@ArchTest
	static final ArchRule coreIsFrameworkFree = noClasses().that()
		.resideInAPackage("org.accord.core..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "com.slack..", "com.microsoft.bot..", "org.quartz..",
				"org.accord.app..", "org.accord.slack..", "org.accord.teams..", "org.accord.scheduler..");

	@ArchTest
	static final ArchRule slackDoesNotSeeTeamsOrScheduler = noClasses().that()
		.resideInAPackage("org.accord.slack..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.accord.teams..", "org.accord.scheduler..", "org.accord.app..", "com.microsoft.bot..");

	@ArchTest
	static final ArchRule teamsDoesNotSeeSlackOrScheduler = noClasses().that()
		.resideInAPackage("org.accord.teams..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.accord.slack..", "org.accord.scheduler..", "org.accord.app..", "com.slack..")
		// The module has no classes until Teams is built; the rule holds from its first class on.
		.allowEmptyShould(true);

	/** Teams reaches bot-core through its ports, cards and domain; what it keeps, the app stores for it. */
	@ArchTest
	static final ArchRule teamsDoesNotSeeCoresStoreOrServices = noClasses().that()
		.resideInAPackage("org.accord.teams..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.accord.core.store..", "org.accord.core.service..", "com.mongodb..")
		.allowEmptyShould(true);

	@ArchTest
	static final ArchRule schedulerDoesNotSeeAdapters = noClasses().that()
		.resideInAPackage("org.accord.scheduler..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.accord.slack..", "org.accord.teams..", "org.accord.app..", "com.slack..",
				"com.microsoft.bot..")
		// The module has no classes until nudges are built; the rule holds from its first class on.
		.allowEmptyShould(true);

	/**
	 * The chat adapters and the scheduler reach core through its ports, its cards and its domain: every
	 * operation is a use case they call alike, never a service or the store behind it.
	 */
	@ArchTest
	static final ArchRule adaptersSeeOnlyPortsCardsAndDomain = noClasses().that()
		.resideInAnyPackage("org.accord.slack..", "org.accord.teams..", "org.accord.scheduler..", "org.accord.app.meeting..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.accord.core.service..", "org.accord.core.store..", "org.accord.core.stats..",
				"org.accord.core.consensus..", "org.accord.core.document..", "org.accord.core.framework..")
		.allowEmptyShould(true);

	/** The meeting page is a surface of its own: it renders what its use case answers, and knows no chat platform. */
	@ArchTest
	static final ArchRule meetingPageKnowsNoChatPlatform = noClasses().that()
		.resideInAPackage("org.accord.app.meeting..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.accord.slack..", "org.accord.teams..", "org.accord.app.slack..", "org.accord.app.teams..",
				"com.slack..", "com.microsoft.bot..", "com.mongodb..");

	/** Services work on ports: which database holds a board is the store's business, never theirs. */
	@ArchTest
	static final ArchRule servicesNeverSeeTheStore = noClasses().that()
		.resideInAPackage("org.accord.core.service..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.accord.core.store..");

	/** Bot Framework types stay with Teams: its adapter, and the app's Teams wiring and endpoint. */
	@ArchTest
	static final ArchRule botFrameworkStaysWithTeams = noClasses().that()
		.resideOutsideOfPackages("org.accord.teams..", "org.accord.app.teams..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("com.microsoft.bot..");

}
