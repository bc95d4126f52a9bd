package org.vinculo.core.index.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.vinculo.core.search.Facets;
import org.vinculo.core.search.IndexedParty;
import org.vinculo.core.search.PartyChangeFeed;
import org.vinculo.core.search.PartySummary;
import org.vinculo.core.search.SearchResult;
import org.vinculo.core.service.PartyQuery;

/**
 * The party search index: Lucene files beside the database, each commit
 * recording the database it belongs to and the last database revision it
 * applied. Opening it checks both, so an index left behind by a crash (between
 * a database commit and the index update) is caught up, and an index of another
 * database, or of a newer layout, is rebuilt. Thread-safe: searches run
 * concurrently; changes (catch-up, rebuild) one at a time.
 */
public final class LuceneSearchIndex implements AutoCloseable {

	/** Bump when the document layout changes: older indexes are rebuilt. */
	static final String LAYOUT = "4"; //$NON-NLS-1$
	private static final String KEY_DATABASE = "database"; //$NON-NLS-1$
	private static final String KEY_REVISION = "revision"; //$NON-NLS-1$
	private static final String KEY_LAYOUT = "layout"; //$NON-NLS-1$
	private static final Sort BY_NAME = new Sort(new SortField(PartyDocuments.SORT, SortField.Type.STRING));
	private static final Sort BY_SCORE_THEN_NAME = new Sort(SortField.FIELD_SCORE,
			new SortField(PartyDocuments.SORT, SortField.Type.STRING));

	/** What opening the index found. */
	public enum Opened {
		/** Up to date with the database. */
		CURRENT,
		/** Behind the database: changes were committed that the index never saw. */
		BEHIND,
		/** Missing, unreadable, of another database or layout: needs a full build. */
		NEEDS_REBUILD
	}

	private final PartyChangeFeed feed;
	private final Path directoryPath;
	private final FoldingAnalyzer analyzer = new FoldingAnalyzer();
	private final PartyQueries queries = new PartyQueries(analyzer);
	private final Object writeLock = new Object();
	private final Opened opened;
	private Directory directory;
	// replaced under writeLock when a rebuild is rolled back; searches read them without the lock
	private volatile IndexWriter writer;
	private volatile SearcherManager searchers;
	private volatile boolean closing;
	private volatile long appliedRevision;

	public LuceneSearchIndex(PartyChangeFeed feed) {
		this(feed, feed.indexDirectory());
	}

	public LuceneSearchIndex(PartyChangeFeed feed, Path directoryPath) {
		this.feed = feed;
		this.directoryPath = directoryPath;
		try {
			Files.createDirectories(directoryPath);
			directory = FSDirectory.open(directoryPath);
			Map<String, String> committed = lastCommit(directory);
			boolean usable = committed != null && feed.databaseId().equals(committed.get(KEY_DATABASE))
					&& LAYOUT.equals(committed.get(KEY_LAYOUT)) && committed.get(KEY_REVISION) != null
					&& Long.parseLong(committed.get(KEY_REVISION)) <= feed.currentRevision();
			appliedRevision = usable ? Long.parseLong(committed.get(KEY_REVISION)) : 0;
			openWriter(usable ? OpenMode.APPEND : OpenMode.CREATE);
			if (!usable) {
				commit(0);
			}
			opened = !usable ? Opened.NEEDS_REBUILD
					: appliedRevision < feed.currentRevision() ? Opened.BEHIND : Opened.CURRENT;
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot open the search index in " + directoryPath, e); //$NON-NLS-1$
		}
	}

	private static Map<String, String> lastCommit(Directory directory) {
		try {
			if (!DirectoryReader.indexExists(directory)) {
				return null;
			}
			return SegmentInfos.readLatestCommit(directory).getUserData();
		} catch (IOException | RuntimeException e) {
			return null; // corrupt or from an incompatible Lucene: rebuilt
		}
	}

	private void openWriter(OpenMode mode) throws IOException {
		IndexWriterConfig config = new IndexWriterConfig(analyzer);
		config.setOpenMode(mode);
		config.setIndexSort(BY_NAME); // browsing by name stops after the first page
		config.setRAMBufferSizeMB(64);
		config.setCommitOnClose(false);
		writer = new IndexWriter(directory, config);
		searchers = new SearcherManager(writer, null);
	}

	public Opened opened() {
		return opened;
	}

	public Path directory() {
		return directoryPath;
	}

	public long appliedRevision() {
		return appliedRevision;
	}

	public boolean isCurrent() {
		return appliedRevision >= feed.currentRevision();
	}

	/** How many parties the index holds. */
	public int size() {
		return withSearcher(searcher -> searcher.getIndexReader().numDocs());
	}

	public SearchResult search(PartyQuery query) {
		Query lucene = queries.toQuery(query);
		if (lucene == null) {
			return new SearchResult(List.of(), 0);
		}
		return withSearcher(searcher -> {
			int wanted = query.offset() + query.limit();
			TopDocs top;
			long total;
			if (query.text().isEmpty()) {
				// sorted by the index sort: collection stops early; counting is cheap for these queries
				top = searcher.search(lucene, wanted, BY_NAME);
				total = searcher.count(lucene);
			} else {
				top = searcher.search(lucene, new TopFieldCollectorManager(BY_SCORE_THEN_NAME, wanted, null,
						Integer.MAX_VALUE));
				total = top.totalHits.value();
			}
			StoredFields stored = searcher.storedFields();
			List<PartySummary> hits = new ArrayList<>(Math.max(0, top.scoreDocs.length - query.offset()));
			for (int i = query.offset(); i < top.scoreDocs.length; i++) {
				ScoreDoc hit = top.scoreDocs[i];
				Document doc = stored.document(hit.doc, PartyDocuments.storedFields());
				hits.add(PartyDocuments.toSummary(doc));
			}
			return new SearchResult(hits, total);
		});
	}

	/**
	 * The tags in use that begin with {@code prefix} (lower case), in order:
	 * read from the index's facet terms, so it costs a few term lookups at any
	 * size. Tags left only on deleted records are skipped.
	 */
	public List<String> tags(String prefix, int limit) {
		String start = Facets.tag(prefix);
		int tagAt = Facets.tag("").length(); //$NON-NLS-1$
		return withSearcher(searcher -> {
			List<String> tags = new ArrayList<>();
			Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), PartyDocuments.FACET);
			if (terms == null) {
				return tags;
			}
			TermsEnum each = terms.iterator();
			if (each.seekCeil(new BytesRef(start)) == TermsEnum.SeekStatus.END) {
				return tags;
			}
			do {
				String term = each.term().utf8ToString();
				if (!term.startsWith(start)) {
					break;
				}
				if (searcher.count(new TermQuery(new Term(PartyDocuments.FACET, term))) > 0) {
					tags.add(term.substring(tagAt));
				}
			} while (tags.size() < limit && each.next() != null);
			return tags;
		});
	}

	/**
	 * Applies every change committed to the database since the last applied
	 * revision.
	 *
	 * @return how many parties were updated or removed
	 */
	public int catchUp() {
		synchronized (writeLock) {
			long target = feed.currentRevision();
			if (target <= appliedRevision) {
				return 0;
			}
			int[] changed = { 0 };
			try {
				feed.changedSince(appliedRevision, party -> {
					update(party);
					changed[0]++;
				}, null);
				for (long id : feed.deletedSince(appliedRevision)) {
					writer.deleteDocuments(PartyDocuments.idTerm(id));
					changed[0]++;
				}
				commit(target);
				return changed[0];
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	private void update(IndexedParty party) {
		try {
			writer.updateDocument(PartyDocuments.idTerm(party.id()), PartyDocuments.toDocument(party));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Builds the whole index again from the database. Searches keep seeing the
	 * previous index until the new one is committed; cancelling keeps it.
	 *
	 * @throws OperationCanceledException when the monitor is cancelled
	 */
	public void rebuild(IProgressMonitor monitor) {
		synchronized (writeLock) {
			SubMonitor progress = SubMonitor.convert(monitor, 100);
			long target = feed.currentRevision();
			// reading the database is the lighter half: documents are built on the other threads
			ExecutorService indexer = Executors.newFixedThreadPool(INDEXING_THREADS,
					r -> new Thread(r, "Vinculo index rebuild")); //$NON-NLS-1$
			Semaphore inFlight = new Semaphore(2 * INDEXING_THREADS);
			AtomicBoolean abort = new AtomicBoolean();
			IndexWriter building = writer; // tasks never touch a writer reopened after a rollback
			List<Future<?>> batches = new ArrayList<>();
			try {
				building.deleteAll();
				var pending = new Object() {
					List<IndexedParty> parties = new ArrayList<>(REBUILD_BATCH);
				};
				feed.changedSince(0, party -> {
					if (closing) {
						throw new OperationCanceledException();
					}
					pending.parties.add(party);
					if (pending.parties.size() == REBUILD_BATCH) {
						batches.add(submit(indexer, inFlight, abort, building, pending.parties));
						pending.parties = new ArrayList<>(REBUILD_BATCH);
					}
				}, progress.split(95));
				batches.add(submit(indexer, inFlight, abort, building, pending.parties));
				for (Future<?> done : batches) {
					done.get();
				}
				commit(target);
				progress.setWorkRemaining(0);
			} catch (RuntimeException e) { // including OperationCanceledException
				abandon(indexer, abort);
				throw e;
			} catch (IOException | ExecutionException e) {
				abandon(indexer, abort);
				throw new UncheckedIOException(new IOException("The search index could not be rebuilt", e)); //$NON-NLS-1$
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				abandon(indexer, abort);
				throw new OperationCanceledException();
			} finally {
				indexer.shutdown();
			}
		}
	}

	/**
	 * Stops a failed or cancelled rebuild: queued batches are skipped, running
	 * ones finish their document (never interrupted inside the writer), then the
	 * writer rolls back to the last commit.
	 */
	private void abandon(ExecutorService indexer, AtomicBoolean abort) {
		abort.set(true);
		indexer.shutdown();
		try {
			indexer.awaitTermination(1, TimeUnit.MINUTES);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		rollBack();
	}

	private static final int REBUILD_BATCH = 1_000;
	private static final int INDEXING_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

	private static Future<?> submit(ExecutorService indexer, Semaphore inFlight, AtomicBoolean abort,
			IndexWriter building, List<IndexedParty> parties) {
		inFlight.acquireUninterruptibly(); // the reader waits when indexing falls behind
		return indexer.submit(() -> {
			try {
				for (IndexedParty party : parties) {
					if (abort.get()) {
						return null;
					}
					building.addDocument(PartyDocuments.toDocument(party)); // one by one: blocks and index sorting exclude each other
				}
				return null;
			} finally {
				inFlight.release();
			}
		});
	}

	/** Drops uncommitted changes and reopens the writer on the last commit. */
	private void rollBack() {
		try {
			SearcherManager previous = searchers; // searches keep using it until the new one is there
			writer.rollback();
			openWriter(OpenMode.APPEND);
			previous.close();
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot reopen the search index after a cancelled rebuild", e); //$NON-NLS-1$
		}
	}

	/**
	 * Commits what was applied up to {@code revision} and makes it searchable; only then is the
	 * revision published, so that an index that says it is current answers with those changes.
	 */
	private void commit(long revision) throws IOException {
		writer.setLiveCommitData(Map.of(KEY_DATABASE, feed.databaseId(), KEY_REVISION, Long.toString(revision),
				KEY_LAYOUT, LAYOUT).entrySet());
		writer.commit();
		searchers.maybeRefreshBlocking();
		appliedRevision = revision;
	}

	private interface SearcherWork<T> {
		T apply(IndexSearcher searcher) throws IOException;
	}

	private <T> T withSearcher(SearcherWork<T> work) {
		try {
			SearcherManager manager = searchers;
			IndexSearcher searcher;
			try {
				searcher = manager.acquire();
			} catch (AlreadyClosedException replaced) {
				manager = searchers; // a rolled-back rebuild swapped it just now
				searcher = manager.acquire();
			}
			try {
				return work.apply(searcher);
			} finally {
				manager.release(searcher);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		closing = true; // a rebuild in progress stops at its next party
		synchronized (writeLock) {
			try {
				searchers.close();
				writer.close(); // uncommitted work is dropped; the next open catches up from the database
				directory.close();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}
}
