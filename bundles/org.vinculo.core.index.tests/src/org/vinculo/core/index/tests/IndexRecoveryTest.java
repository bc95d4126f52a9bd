package org.vinculo.core.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vinculo.core.index.internal.LuceneSearchIndex;
import org.vinculo.core.index.internal.LuceneSearchIndex.Opened;
import org.vinculo.core.model.Person;
import org.vinculo.core.persistence.internal.Database;
import org.vinculo.core.persistence.internal.JdbcPartyChangeFeed;
import org.vinculo.core.persistence.internal.JpaPartyService;
import org.vinculo.core.search.PartySummary;
import org.vinculo.core.service.PartyQuery;

/**
 * The index never stays silently stale: changes committed while it was not
 * listening (a crash between the database commit and the index update) are
 * caught up when it opens, and an index that belongs to another database is
 * rebuilt.
 */
class IndexRecoveryTest {

	@TempDir
	Path folder;

	@Test
	void changesCommittedWhileTheIndexWasDownAreCaughtUpOnOpen() {
		try (Database database = Database.openEmbedded(folder.resolve("db"))) {
			JpaPartyService parties = new JpaPartyService(database);
			JdbcPartyChangeFeed feed = new JdbcPartyChangeFeed(database);
			Person gone = parties.createPerson(new Person("Ana", "Ruiz"));
			Person renamed = parties.createPerson(new Person("Pepe", "Gómez"));
			try (LuceneSearchIndex index = new LuceneSearchIndex(feed)) {
				assertEquals(Opened.NEEDS_REBUILD, index.opened(), "a new index starts empty");
				index.rebuild(new NullProgressMonitor());
				assertEquals(2, index.size());
			}

			// the "crash": these commits happen while no index listens
			parties.createPerson(new Person("Lucía", "Fernández"));
			parties.delete(parties.findPerson(gone.getId()).orElseThrow());
			Person pepe = parties.findPerson(renamed.getId()).orElseThrow();
			pepe.setLastName("Gómez Suministros");
			parties.update(pepe);

			try (LuceneSearchIndex index = new LuceneSearchIndex(feed)) {
				assertEquals(Opened.BEHIND, index.opened());
				assertTrue(!index.isCurrent());
				assertEquals(3, index.catchUp());
				assertTrue(index.isCurrent());
				assertEquals(List.of("Lucía Fernández", "Pepe Gómez Suministros"), names(index, ""));
			}
			try (LuceneSearchIndex index = new LuceneSearchIndex(feed)) {
				assertEquals(Opened.CURRENT, index.opened(), "nothing to do after a clean close");
			}
		}
	}

	@Test
	void anIndexThatSaysItIsCurrentFindsTheChangesItCaughtUpWith() throws Exception {
		try (Database database = Database.openEmbedded(folder.resolve("db"))) {
			JpaPartyService parties = new JpaPartyService(database);
			Person person = parties.createPerson(new Person("Olga", "Edición"));
			try (LuceneSearchIndex index = new LuceneSearchIndex(new JdbcPartyChangeFeed(database))) {
				index.rebuild(new NullProgressMonitor());
				for (int round = 0; round < 40; round++) {
					Person edited = parties.findPerson(person.getId()).orElseThrow();
					edited.setLastName("Edición" + round);
					parties.update(edited);
					// another thread, as the index's job does, while this one waits for the index to be current
					Thread catchUp = new Thread(index::catchUp);
					catchUp.start();
					while (!index.isCurrent()) {
						Thread.onSpinWait();
					}
					assertEquals(List.of("Olga Edición" + round), names(index, "olga"),
							"current means the search sees the edit (round " + round + ")");
					catchUp.join();
				}
			}
		}
	}

	@Test
	void anIndexOfAnotherDatabaseIsRebuiltNotTrusted() {
		Path sharedIndex = folder.resolve("index");
		try (Database first = Database.openEmbedded(folder.resolve("first"))) {
			new JpaPartyService(first).createPerson(new Person("Ana", "Ruiz"));
			try (LuceneSearchIndex index = new LuceneSearchIndex(new JdbcPartyChangeFeed(first), sharedIndex)) {
				index.rebuild(new NullProgressMonitor());
			}
		}
		try (Database second = Database.openEmbedded(folder.resolve("second"))) {
			new JpaPartyService(second).createPerson(new Person("Pepe", "Gómez"));
			try (LuceneSearchIndex index = new LuceneSearchIndex(new JdbcPartyChangeFeed(second), sharedIndex)) {
				assertEquals(Opened.NEEDS_REBUILD, index.opened());
				assertEquals(0, index.size(), "nothing of the other database is shown");
				index.rebuild(new NullProgressMonitor());
				assertEquals(List.of("Pepe Gómez"), names(index, ""));
			}
		}
	}

	@Test
	void aCancelledRebuildKeepsThePreviousIndex() {
		try (Database database = Database.openEmbedded(folder.resolve("db"))) {
			JpaPartyService parties = new JpaPartyService(database);
			List<Person> people = new ArrayList<>();
			for (int i = 0; i < 3_000; i++) {
				people.add(new Person("Persona", "Número " + i));
			}
			parties.createAll(people);
			try (LuceneSearchIndex index = new LuceneSearchIndex(new JdbcPartyChangeFeed(database))) {
				index.rebuild(new NullProgressMonitor());
				NullProgressMonitor cancelling = new NullProgressMonitor() {
					private int asked;

					@Override
					public boolean isCanceled() {
						return ++asked > 2; // the user presses Cancel while the second chunk is read
					}
				};
				assertThrows(OperationCanceledException.class, () -> index.rebuild(cancelling));
				assertEquals(3_000, index.size(), "the complete index still answers");
				assertEquals(3_000, index.search(PartyQuery.matching("persona")).total());
				index.rebuild(new NullProgressMonitor());
				assertEquals(3_000, index.size(), "and can be rebuilt afterwards");
			}
		}
	}

	private static List<String> names(LuceneSearchIndex index, String text) {
		return index.search(PartyQuery.matching(text)).hits().stream().map(PartySummary::displayName).toList();
	}
}
