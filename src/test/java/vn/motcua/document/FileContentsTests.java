package vn.motcua.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.shared.PayloadTooLargeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bytes on disk: hashed and counted while streaming, capped, moved into place under a random key. */
class FileContentsTests {

	@TempDir
	Path root;

	long files() throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).count();
		}
	}

	@Test
	void contentIsHashedCountedAndKeptUnderARandomKey() throws IOException {
		FileContents contents = new FileContents(root, false);
		byte[] bytes = SampleFiles.pdf();
		FileContents.Received received = contents.receive(new ByteArrayInputStream(bytes), 1_000_000);
		assertThat(received.size()).isEqualTo(bytes.length);
		assertThat(received.sha256()).isEqualTo(SampleFiles.sha256(bytes));
		assertThat(received.head()).hasSize(bytes.length);
		String key = contents.keep(received);
		contents.discard(received);
		assertThat(key).matches("([0-9a-f]{2})/\\1[0-9a-f-]{34}");
		assertThat(contents.path(key)).isEqualTo(root.resolve(key)).isRegularFile();
		try (InputStream in = contents.open(key)) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
		assertThat(files()).isEqualTo(1);
		contents.delete(key);
		assertThat(files()).isZero();
	}

	@Test
	void onlyTheHeadIsKeptInMemory() {
		FileContents contents = new FileContents(root, false);
		FileContents.Received received = contents.receive(new byte[200_000]);
		assertThat(received.head()).hasSize(FileContents.HEAD_SIZE);
		assertThat(received.size()).isEqualTo(200_000);
		contents.discard(received);
	}

	@Test
	void contentOverTheLimitStopsAndLeavesNothing() throws IOException {
		FileContents contents = new FileContents(root, false);
		assertThatThrownBy(() -> contents.receive(new ByteArrayInputStream(new byte[1025]), 1024))
			.isInstanceOf(PayloadTooLargeException.class)
			.satisfies(ex -> assertThat(((PayloadTooLargeException) ex).limit()).isEqualTo(1024));
		assertThat(files()).isZero();
		FileContents.Received exact = contents.receive(new ByteArrayInputStream(new byte[1024]), 1024);
		assertThat(exact.size()).isEqualTo(1024);
		contents.discard(exact);
		assertThat(files()).isZero();
	}

	@Test
	void keysOfFilesStoredBeforeTheShardedLayoutStillResolve() throws IOException {
		FileContents contents = new FileContents(root, false);
		String legacy = "2d16dd40-2cb8-4e25-9a49-fe9c7b8efd31";
		Files.write(root.resolve(legacy), new byte[] { 7 });
		try (InputStream in = contents.open(legacy)) {
			assertThat(in.readAllBytes()).containsExactly(7);
		}
	}

	@Test
	void keysThatAreNotRandomUuidsAreRefused() {
		FileContents contents = new FileContents(root, false);
		assertThatThrownBy(() -> contents.path("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> contents.open("a")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> contents.path("../2d16dd40-2cb8-4e25-9a49-fe9c7b8efd31"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anEphemeralStoreIsRemovedOnClose() throws IOException {
		Path folder = root.resolve("ephemeral");
		FileContents contents = new FileContents(folder, true);
		contents.keep(contents.receive(new byte[] { 1, 2, 3 }));
		assertThat(folder).isDirectory();
		contents.close();
		assertThat(folder).doesNotExist();
	}
}
