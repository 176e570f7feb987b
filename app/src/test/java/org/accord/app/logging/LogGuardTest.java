package org.accord.app.logging;

import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard in a Logback context of its own, every logger at TRACE: what reaches an appender is what an
 * operator's log would hold.
 */
class LogGuardTest {

	final LoggerContext context = new LoggerContext();

	final List<ILoggingEvent> written = new ArrayList<>();

	@BeforeEach
	void setUp() {
		AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
			@Override
			protected void append(ILoggingEvent event) {
				written.add(event);
			}
		};
		appender.setContext(context);
		appender.start();
		Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.setLevel(Level.TRACE);
		root.addAppender(appender);
		assertThat(LogGuard.install(context)).isTrue();
	}

	@Test
	void givenTrace_thenOnlyAccordsOwnDebugLinesAreWritten() {
		context.getLogger("de.bwaldvogel.mongo.wire.MongoWireProtocolHandler").debug("MongoMessage {}", "U0ALEX");
		context.getLogger("org.apache.coyote.http11.Http11InputBuffer").trace("Received [payload=RATE%7C…]");
		context.getLogger("org.accord.core.service.Ballots").debug("a line of Accord's own");

		assertThat(written).extracting(ILoggingEvent::getFormattedMessage).containsExactly("a line of Accord's own");
	}

	@Test
	void givenALibraryLineAtWarnWithAStoredDocument_thenItIsReplacedByOneThatNamesOnlyTheLoggerAndTheError() {
		Document command = new Document("insert", "responses").append("answer", "Some success").append("person", "U0ALEX");
		context.getLogger("de.bwaldvogel.mongo.wire.MongoWireProtocolHandler")
			.error("failed to handle {}", command, new IllegalStateException("duplicate key"));

		assertThat(written).singleElement().satisfies(event -> {
			assertThat(event.getLevel()).isEqualTo(Level.ERROR);
			assertThat(event.getFormattedMessage()).contains("de.bwaldvogel.mongo.wire.MongoWireProtocolHandler",
					"failed to handle {}", "java.lang.IllegalStateException", "withheld")
				.doesNotContain("U0ALEX", "Some success", "duplicate key");
			assertThat(event.getThrowableProxy()).isNull();
		});
	}

	@Test
	void givenTheDriversClientCreatedLine_thenItIsWithheld_forItNamesTheStoresSecret() {
		context.getLogger("org.mongodb.driver.client").info("MongoClient with metadata {\"application\": {\"name\": "
				+ "\"kOOxklqVia0X2Z2XG4K\"}} created with settings MongoClientSettings{applicationName='kOOxklqVia0X2Z2XG4K'}");
		context.getLogger("org.mongodb.driver.cluster").info("Monitor thread successfully connected to server");

		assertThat(written).extracting(ILoggingEvent::getFormattedMessage).hasSize(2)
			.noneMatch(line -> line.contains("kOOxklqVia0X2Z2XG4K"))
			.anyMatch(line -> line.contains("withheld"))
			.contains("Monitor thread successfully connected to server");
	}

	@Test
	void givenTheContextResetAndGuardedAgain_thenThereIsOneGuard_andItIsFirst() {
		context.getTurboFilterList().add(new ch.qos.logback.classic.turbo.MarkerFilter());
		assertThat(LogGuard.install(context)).isFalse();
		context.reset();
		context.getTurboFilterList().add(new ch.qos.logback.classic.turbo.MarkerFilter());
		assertThat(LogGuard.install(context)).isTrue();

		assertThat(context.getTurboFilterList()).hasSize(2).first().isInstanceOf(LogGuard.class);
	}

}
