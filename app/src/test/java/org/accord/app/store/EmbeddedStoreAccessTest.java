package org.accord.app.store;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.accord.app.KeyFiles;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded store is its owner's: the data folder 0700 and every file Accord makes in it 0600 (looser ones
 * from an older Accord are tightened at start), and its loopback port serves only the Accord that started it.
 * Another local process, whether through the MongoDB driver or by writing the wire protocol itself, can
 * neither read a collection nor change a member's role.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedStoreAccessTest {

	@Test
	void givenAFreshDataFolder_thenItAndEveryFileAccordMakesInItAreOwnerOnly_andTheStoreKeepsWhatItWasGiven(
			@TempDir Path temp) throws Exception {
		Path dataDir = temp.resolve("data");
		EmbeddedMongo server = EmbeddedMongo.start(dataDir);
		try (MongoClient client = accord(server)) {
			client.getDatabase("accord").getCollection("members").insertOne(new Document("_id", "m1").append("role", "member"));
		}
		server.commitBarrier().afterWrite();
		KeyFiles.configuredOrCreated(null, dataDir, "anonymity.key");
		KeyFiles.configuredOrCreated(null, dataDir, "encryption.key");
		server.close();

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
		try (Stream<Path> files = Files.list(dataDir)) {
			List<Path> all = files.toList();
			assertThat(all).extracting(p -> p.getFileName().toString())
				.contains("accord.mv", "anonymity.key", "encryption.key");
			for (Path file : all) {
				assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
					.isEqualTo("rw-------");
			}
		}
		// H2 took the empty file made for it as a new store, and kept what was written to it.
		EmbeddedMongo again = EmbeddedMongo.start(dataDir);
		try (MongoClient client = accord(again)) {
			assertThat(client.getDatabase("accord").getCollection("members").find(Filters.eq("_id", "m1")).first())
				.isNotNull();
		}
		finally {
			again.close();
		}
	}

	@Test
	void givenALooserFolderAndFilesFromBefore_thenTheyAreTightenedAtStart_andTheLogSaysSo(@TempDir Path dataDir,
			CapturedOutput output) throws Exception {
		EmbeddedMongo.start(dataDir).close();
		KeyFiles.configuredOrCreated(null, dataDir, "anonymity.key");
		Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.setPosixFilePermissions(dataDir.resolve("accord.mv"), PosixFilePermissions.fromString("rw-r--r--"));
		Files.setPosixFilePermissions(dataDir.resolve("anonymity.key"), PosixFilePermissions.fromString("rw-r--r--"));

		EmbeddedMongo.start(dataDir).close();
		KeyFiles.configuredOrCreated(null, dataDir, "anonymity.key");

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("accord.mv"))))
			.isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("anonymity.key"))))
			.isEqualTo("rw-------");
		assertThat(output.getAll()).contains("Made " + dataDir.toAbsolutePath() + " readable by its owner only (it was rwxr-xr-x")
			.contains("accord.mv readable by its owner only (it was rw-r--r--")
			.contains("anonymity.key readable by its owner only (it was rw-r--r--");
	}

	@Test
	void givenAnotherClientOnThePort_withoutTheSecretOrWithAGuess_thenItReadsNothingAndChangesNothing(
			@TempDir Path dataDir) throws Exception {
		EmbeddedMongo server = EmbeddedMongo.start(dataDir);
		try (MongoClient accord = accord(server)) {
			var members = accord.getDatabase("accord").getCollection("members");
			members.insertOne(new Document("_id", "m1").append("role", "member"));

			for (String applicationName : new String[] { null, "accord", server.secret().substring(1) }) {
				try (MongoClient other = other(server, applicationName)) {
					var theirs = other.getDatabase("accord").getCollection("members");
					assertThatThrownBy(() -> theirs.find().first()).isInstanceOf(MongoException.class);
					assertThatThrownBy(() -> theirs.updateOne(Filters.eq("_id", "m1"), Updates.set("role", "chair")))
						.isInstanceOf(MongoException.class);
					assertThatThrownBy(() -> other.listDatabaseNames().first()).isInstanceOf(MongoException.class);
				}
			}

			// The wire protocol by hand, skipping the handshake: a find and an update, each answered Unauthorized on a
			// connection that is then closed.
			BsonDocument find = new BsonDocument("find", new BsonString("members")).append("$db", new BsonString("accord"));
			BsonDocument refused = rawOpMsg(server, find);
			assertThat(refused.getInt32("code").getValue()).isEqualTo(13);
			assertThat(refused.containsKey("cursor")).isFalse();
			BsonDocument update = new BsonDocument("update", new BsonString("members"))
				.append("updates", new BsonArray(List.of(new BsonDocument("q", new BsonDocument("_id", new BsonString("m1")))
					.append("u", new BsonDocument("$set", new BsonDocument("role", new BsonString("chair")))))))
				.append("$db", new BsonString("accord"));
			assertThat(rawOpMsg(server, update).getInt32("code").getValue()).isEqualTo(13);

			// Accord itself is served as before, and nothing changed.
			assertThat(members.find(Filters.eq("_id", "m1")).first().getString("role")).isEqualTo("member");
			assertThat(members.countDocuments()).isEqualTo(1);
		}
		finally {
			server.close();
		}
	}

	private static MongoClient accord(EmbeddedMongo server) {
		return other(server, server.secret());
	}

	private static MongoClient other(EmbeddedMongo server, String applicationName) {
		MongoClientSettings.Builder settings = MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(server.connectionString()))
			// Refused connections never make the server selectable: a short wait is enough to see that.
			.applyToClusterSettings(c -> c.serverSelectionTimeout(applicationName == server.secret() ? 5_000 : 300,
					TimeUnit.MILLISECONDS));
		if (applicationName != null) {
			settings.applicationName(applicationName);
		}
		return MongoClients.create(settings.build());
	}

	/** Sends one OP_MSG as the first bytes of a new connection; returns the answer, and checks the server then hangs up. */
	private static BsonDocument rawOpMsg(EmbeddedMongo server, BsonDocument command) throws IOException {
		ConnectionString uri = new ConnectionString(server.connectionString());
		String[] hostAndPort = uri.getHosts().get(0).split(":");
		try (Socket socket = new Socket(hostAndPort[0], Integer.parseInt(hostAndPort[1]))) {
			socket.setSoTimeout(5_000);
			ByteBuffer body = new RawBsonDocument(command, new BsonDocumentCodec()).getByteBuffer().asNIO();
			ByteBuffer message = ByteBuffer.allocate(16 + 4 + 1 + body.remaining()).order(ByteOrder.LITTLE_ENDIAN);
			message.putInt(message.capacity()).putInt(1).putInt(0).putInt(2013).putInt(0).put((byte) 0).put(body);
			OutputStream out = socket.getOutputStream();
			out.write(message.array());
			out.flush();
			InputStream in = socket.getInputStream();
			DataInputStream data = new DataInputStream(in);
			byte[] lengthBytes = new byte[4];
			data.readFully(lengthBytes);
			int length = ByteBuffer.wrap(lengthBytes).order(ByteOrder.LITTLE_ENDIAN).getInt();
			byte[] rest = new byte[length - 4];
			data.readFully(rest);
			// header (12 more bytes), flags (4), section kind (1), then the answer.
			byte[] answer = java.util.Arrays.copyOfRange(rest, 12 + 4 + 1, rest.length);
			BsonDocument reply = new RawBsonDocument(answer).decode(new BsonDocumentCodec());
			assertThat(reply.getNumber("ok").intValue()).isZero();
			try {
				assertThat(in.read()).as("the server closed the connection").isEqualTo(-1);
			}
			catch (java.net.SocketException closed) {
				// A reset is a close too.
			}
			return reply;
		}
		catch (EOFException closedBeforeAnswering) {
			return new BsonDocument("ok", new BsonInt32(0)).append("code", new BsonInt32(13));
		}
	}

}
