package org.accord.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder holds the embedded store's file and the generated keys: it is its owner's alone (0700), and
 * every file Accord makes in it is created 0600, so there is no moment at which another local user could open
 * it. A folder or file left looser by an older Accord is tightened at start, and the log says so. Where the
 * file system has no POSIX permissions (Windows) the folder's own access rules apply.
 */
public final class DataFolder {

	private static final Logger log = LoggerFactory.getLogger(DataFolder.class);

	static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

	static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private DataFolder() {
	}

	/** Creates the folder owner-only, or tightens an existing one; returns it. */
	public static Path prepare(Path folder) {
		try {
			if (Files.isDirectory(folder)) {
				tighten(folder, FOLDER);
			}
			else if (posix(folder)) {
				Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
			}
			else {
				Files.createDirectories(folder);
			}
			return folder;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create the data folder " + folder.toAbsolutePath(), e);
		}
	}

	/**
	 * Creates {@code file} owner-only with {@code content} as its first bytes; false when it exists already (it is
	 * then tightened, never overwritten).
	 */
	public static boolean createPrivate(Path file, byte[] content) {
		Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		try (SeekableByteChannel channel = posix(file)
				? Files.newByteChannel(file, options, privateFile()) : Files.newByteChannel(file, options)) {
			ByteBuffer buffer = ByteBuffer.wrap(content);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			return true;
		}
		catch (FileAlreadyExistsException exists) {
			tighten(file);
			return false;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create " + file.toAbsolutePath(), e);
		}
	}

	/** Makes an existing file of the folder owner-only, saying so when it was not. */
	public static void tighten(Path file) {
		try {
			tighten(file, FILE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot make " + file.toAbsolutePath() + " readable by its owner only", e);
		}
	}

	private static void tighten(Path path, Set<PosixFilePermission> wanted) throws IOException {
		if (!posix(path) || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Set<PosixFilePermission> now = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
		if (!now.equals(wanted)) {
			Files.setPosixFilePermissions(path, wanted);
			log.info("Made {} readable by its owner only (it was {}, now {})", path.toAbsolutePath(),
					PosixFilePermissions.toString(now), PosixFilePermissions.toString(wanted));
		}
	}

	private static FileAttribute<Set<PosixFilePermission>> privateFile() {
		return PosixFilePermissions.asFileAttribute(FILE);
	}

	private static boolean posix(Path path) {
		return path != null && path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

}
