package org.accord.core;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** bot-core is the product; it must stay free of every platform and framework it is wired into. */
@AnalyzeClasses(packages = "org.accord.core", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRuleTest {

	@ArchTest
	static final ArchRule coreIsFrameworkFree = noClasses().that()
		.resideInAPackage("org.accord.core..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "com.slack..", "com.microsoft.bot..", "org.quartz..");

	@ArchTest
	static final ArchRule onlyTheStoreSeesTheDriver = noClasses().that()
		.resideInAPackage("org.accord.core..")
		.and()
		.resideOutsideOfPackage("org.accord.core.store.mongo..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.mongodb..", "org.bson..");

	@ArchTest
	static final ArchRule domainUsesOnlyJdk = noClasses().that()
		.resideInAPackage("org.accord.core.domain..")
		.should()
		.dependOnClassesThat()
		.resideOutsideOfPackages("org.accord.core.domain..", "java..");

	@ArchTest
	static final ArchRule coreDoesNotSeeOurOtherModules = noClasses().that()
		.resideInAPackage("org.accord.core..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.accord.app..", "org.accord.slack..", "org.accord.teams..", "org.accord.scheduler..");

}
