package org.accord.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.accord.app.KeyFiles;
import org.accord.app.store.EmbeddedMongo;
import org.accord.app.store.OfflineStore;
import org.accord.core.port.out.InstallationPort;
import org.accord.core.service.Sealer;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code keys reseal}: the second step of rotating ACCORD_ENCRYPTION_KEY (README, "Rotating the encryption key"). */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Manage the keys of what Accord stores.",
		subcommands = KeysCommand.Reseal.class)
class KeysCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@ParentCommand
	AccordCommandLine root;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getOut());
		return 2;
	}

	@Command(name = "reseal", mixinStandardHelpOptions = true,
			description = { "Seal every stored Slack installation again under ACCORD_ENCRYPTION_KEY, opening each with it "
					+ "or with ACCORD_ENCRYPTION_KEY_PREVIOUS.",
					"Reads the server's settings: MONGODB_URI, else the embedded store under ACCORD_DATA_DIR (which must not "
							+ "be running: stop Accord first)." })
	static class Reseal implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@ParentCommand
		KeysCommand keys;

		@Override
		public Integer call() throws Exception {
			PrintWriter out = spec.commandLine().getOut();
			PrintWriter err = spec.commandLine().getErr();
			AccordCommandLine settings = keys.root;
			Path dataDir = Path.of(settings.setting("ACCORD_DATA_DIR", "./data"));
			String mongodbUri = settings.setting("MONGODB_URI", "");
			String key = settings.setting("ACCORD_ENCRYPTION_KEY", null);
			if (key == null && !Files.exists(dataDir.resolve("encryption.key"))) {
				err.println("No encryption key: set ACCORD_ENCRYPTION_KEY, or ACCORD_DATA_DIR to the folder that holds "
						+ "encryption.key.");
				return 1;
			}
			if (mongodbUri.isEmpty() && !Files.exists(dataDir.resolve("accord.mv"))) {
				err.println("No embedded store in " + dataDir.toAbsolutePath() + " (set ACCORD_DATA_DIR, or MONGODB_URI).");
				return 1;
			}
			ch.qos.logback.classic.Level level = quietLibraries();
			try {
				return reseal(out, err, settings, dataDir, mongodbUri, key);
			}
			finally {
				restore(level);
			}
		}

		private Integer reseal(PrintWriter out, PrintWriter err, AccordCommandLine settings, Path dataDir, String mongodbUri,
				String key) throws Exception {
			Sealer sealer;
			try {
				sealer = KeyFiles.sealer(key, settings.setting("ACCORD_ENCRYPTION_KEY_PREVIOUS", null), dataDir);
			}
			catch (RuntimeException e) {
				err.println(e.getMessage());
				return 1;
			}
			try (OfflineStore store = OfflineStore.open(mongodbUri, dataDir)) {
				Result result = reseal(store.store().installations(), sealer);
				out.println("Re-sealed " + result.resealed() + " of " + result.records() + " installation records in "
						+ store.where() + " under key " + sealer.keyId() + " (" + result.current() + " already were)");
				if (result.unopened() > 0) {
					err.println(result.unopened() + " records open under neither ACCORD_ENCRYPTION_KEY nor "
							+ "ACCORD_ENCRYPTION_KEY_PREVIOUS and were left as they are.");
					return 1;
				}
				return 0;
			}
			catch (EmbeddedMongo.InUseException e) {
				err.println(e.getMessage() + ": stop it, then run this again.");
				return 1;
			}
		}

		record Result(int records, int resealed, int current, int unopened) {
		}

		/** Each record not yet under the current key is opened and sealed again, under its own id as before. */
		static Result reseal(InstallationPort installations, Sealer sealer) {
			int records = 0;
			int resealed = 0;
			int current = 0;
			int unopened = 0;
			for (InstallationPort.Sealed record : installations.findAll()) {
				records++;
				if (sealer.isCurrent(record.sealed())) {
					current++;
					continue;
				}
				String plain;
				try {
					plain = sealer.open(record.sealed(), record.id());
				}
				catch (IllegalArgumentException neitherKey) {
					unopened++;
					continue;
				}
				// A record that a new install rewrote meanwhile is sealed under the current key already.
				if (installations.replaceSealed(record.id(), record.sealed(), sealer.seal(plain, record.id()))) {
					resealed++;
				}
				else {
					current++;
				}
			}
			return new Result(records, resealed, current, unopened);
		}

		/** The command's output is its one line: the driver's and the store's start-up chatter is not. */
		private static ch.qos.logback.classic.Level quietLibraries() {
			if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
				ch.qos.logback.classic.Level before = root.getLevel();
				root.setLevel(ch.qos.logback.classic.Level.WARN);
				return before;
			}
			return null;
		}

		private static void restore(ch.qos.logback.classic.Level level) {
			if (level != null && LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
				root.setLevel(level);
			}
		}

	}

}
