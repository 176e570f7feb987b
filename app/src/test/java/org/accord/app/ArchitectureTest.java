package org.accord.app;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Sees every module: adapters and the scheduler reach bot-core only, never each other. */
@AnalyzeClasses(packages = "org.accord", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

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

}
