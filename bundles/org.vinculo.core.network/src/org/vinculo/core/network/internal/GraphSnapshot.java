package org.vinculo.core.network.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The relationship network written to one file beside the database, so that a
 * start reads about 90 MB of arrays instead of 14 million links from the
 * database. The file records the database it was taken from, the database
 * revision and the day it reflects, and the slot table its link attributes
 * refer to; whoever reads it catches up with what changed since (see
 * {@link NetworkComponent}).
 * <p>
 * Written to a temporary file, forced to disk and moved into place, and
 * ending in a CRC-32C of everything before it: a torn, truncated or damaged
 * file is refused as a whole, never half used.
 */
final class GraphSnapshot {

	private static final int MAGIC = 0x564E4753; // "VNGS"
	private static final int FORMAT = 1;
	private static final int CHUNK = 1 << 20;

	/** What a snapshot holds besides the graph. */
	record Stamp(String databaseId, long revision, LocalDate day, List<String> slotKeys) {
	}

	record Loaded(NetworkGraph graph, Stamp stamp) {
	}

	private GraphSnapshot() {
	}

	/** Writes a graph without an overlay ({@link NetworkGraph#compacted()}) and its stamp. */
	static void write(Path file, NetworkGraph graph, Stamp stamp) throws IOException {
		if (graph.overlay != null) {
			throw new IllegalArgumentException("compact the graph first"); //$NON-NLS-1$
		}
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp"); //$NON-NLS-1$
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
				StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
			Writer out = new Writer(channel);
			out.putInt(MAGIC);
			out.putInt(FORMAT);
			out.putString(stamp.databaseId());
			out.putLong(stamp.revision());
			out.putLong(stamp.day().toEpochDay());
			out.putInt(stamp.slotKeys().size());
			for (String key : stamp.slotKeys()) {
				out.putString(key);
			}
			out.putInt(graph.hub);
			out.putInt(graph.ids.length);
			out.putInt(graph.targets.length);
			out.putLongs(graph.ids);
			out.putInts(graph.flags);
			out.putInts(graph.offsets);
			out.putInts(graph.targets);
			out.putBytes(graph.attrs);
			out.finish();
			channel.force(true);
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temporary);
			throw e;
		}
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Reads a snapshot whole.
	 *
	 * @throws IOException when the file is missing, of another format,
	 *                     truncated, damaged or inconsistent
	 */
	static Loaded read(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			Reader in = new Reader(channel);
			if (in.getInt() != MAGIC || in.getInt() != FORMAT) {
				throw new IOException("not a network snapshot of this version: " + file); //$NON-NLS-1$
			}
			String databaseId = in.getString();
			long revision = in.getLong();
			LocalDate day = LocalDate.ofEpochDay(in.getLong());
			int slots = in.getInt();
			if (slots < 0 || slots > 10_000) {
				throw new IOException("damaged network snapshot: " + slots + " slots"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			List<String> keys = new ArrayList<>(slots);
			for (int i = 0; i < slots; i++) {
				keys.add(in.getString());
			}
			int hub = in.getInt();
			int nodes = in.getInt();
			int links = in.getInt();
			// the sizes must fit the file before anything that large is allocated
			if (nodes < 0 || links < 0 || 8L * nodes + 4L * nodes + 4L * (nodes + 1) + 5L * links > size) {
				throw new IOException("damaged network snapshot: sizes beyond the file"); //$NON-NLS-1$
			}
			long[] ids = in.getLongs(nodes);
			int[] flags = in.getInts(nodes);
			int[] offsets = in.getInts(nodes + 1);
			int[] targets = in.getInts(links);
			byte[] attrs = in.getBytes(links);
			in.checkEnd();
			try {
				return new Loaded(NetworkGraph.restore(ids, flags, offsets, targets, attrs, hub),
						new Stamp(databaseId, revision, day, List.copyOf(keys)));
			} catch (IllegalArgumentException e) {
				throw new IOException("inconsistent network snapshot: " + e.getMessage(), e); //$NON-NLS-1$
			}
		}
	}

	/** Buffered writes with a running checksum; bulk copies of primitive arrays. */
	private static final class Writer {
		private final FileChannel channel;
		private final ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK);
		private final CRC32C crc = new CRC32C();

		Writer(FileChannel channel) {
			this.channel = channel;
		}

		private void room(int bytes) throws IOException {
			if (buffer.remaining() < bytes) {
				drain();
			}
		}

		private void drain() throws IOException {
			buffer.flip();
			crc.update(buffer.duplicate());
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			buffer.clear();
		}

		void putInt(int value) throws IOException {
			room(4);
			buffer.putInt(value);
		}

		void putLong(long value) throws IOException {
			room(8);
			buffer.putLong(value);
		}

		void putString(String value) throws IOException {
			byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
			putInt(bytes.length);
			putBytes(bytes);
		}

		void putLongs(long[] values) throws IOException {
			for (int at = 0; at < values.length;) {
				room(8);
				int count = Math.min(values.length - at, buffer.remaining() / 8);
				buffer.asLongBuffer().put(values, at, count);
				buffer.position(buffer.position() + 8 * count);
				at += count;
			}
		}

		void putInts(int[] values) throws IOException {
			for (int at = 0; at < values.length;) {
				room(4);
				int count = Math.min(values.length - at, buffer.remaining() / 4);
				buffer.asIntBuffer().put(values, at, count);
				buffer.position(buffer.position() + 4 * count);
				at += count;
			}
		}

		void putBytes(byte[] values) throws IOException {
			for (int at = 0; at < values.length;) {
				room(1);
				int count = Math.min(values.length - at, buffer.remaining());
				buffer.put(values, at, count);
				at += count;
			}
		}

		/** Writes what is buffered, then the checksum of everything before it. */
		void finish() throws IOException {
			drain();
			buffer.putLong(crc.getValue());
			buffer.flip();
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
		}
	}

	/** The reading side of {@link Writer}: checks the checksum at the end. */
	private static final class Reader {
		private final FileChannel channel;
		private final ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK);
		private final CRC32C crc = new CRC32C();

		Reader(FileChannel channel) {
			this.channel = channel;
			buffer.limit(0);
		}

		/** Makes at least {@code bytes} (at most a chunk) readable. */
		private void need(int bytes) throws IOException {
			if (buffer.remaining() >= bytes) {
				return;
			}
			// the bytes read so far count; the unread rest moves to the front
			ByteBuffer read = buffer.duplicate();
			read.limit(read.position());
			read.position(0);
			crc.update(read);
			buffer.compact();
			while (buffer.position() < bytes) {
				if (channel.read(buffer) < 0) {
					throw new IOException("truncated network snapshot"); //$NON-NLS-1$
				}
			}
			buffer.flip();
		}

		int getInt() throws IOException {
			need(4);
			return buffer.getInt();
		}

		long getLong() throws IOException {
			need(8);
			return buffer.getLong();
		}

		String getString() throws IOException {
			int length = getInt();
			if (length < 0 || length > 4096) {
				throw new IOException("damaged network snapshot: a text of " + length + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return new String(getBytes(length), StandardCharsets.UTF_8);
		}

		long[] getLongs(int count) throws IOException {
			long[] values = new long[count];
			for (int at = 0; at < count;) {
				need(8);
				int n = Math.min(count - at, buffer.remaining() / 8);
				buffer.asLongBuffer().get(values, at, n);
				buffer.position(buffer.position() + 8 * n);
				at += n;
			}
			return values;
		}

		int[] getInts(int count) throws IOException {
			int[] values = new int[count];
			for (int at = 0; at < count;) {
				need(4);
				int n = Math.min(count - at, buffer.remaining() / 4);
				buffer.asIntBuffer().get(values, at, n);
				buffer.position(buffer.position() + 4 * n);
				at += n;
			}
			return values;
		}

		byte[] getBytes(int count) throws IOException {
			byte[] values = new byte[count];
			for (int at = 0; at < count;) {
				need(1);
				int n = Math.min(count - at, buffer.remaining());
				buffer.get(values, at, n);
				at += n;
			}
			return values;
		}

		/** Compares the stored checksum with the bytes read, and that nothing follows it. */
		void checkEnd() throws IOException {
			ByteBuffer read = buffer.duplicate();
			read.limit(read.position());
			read.position(0);
			crc.update(read);
			long expected = crc.getValue();
			need(8);
			long stored = buffer.getLong();
			if (stored != expected || buffer.hasRemaining() || channel.position() != channel.size()) {
				throw new IOException("damaged network snapshot: checksum or length differs"); //$NON-NLS-1$
			}
		}
	}
}
