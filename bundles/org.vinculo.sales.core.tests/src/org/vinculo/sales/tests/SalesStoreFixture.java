package org.vinculo.sales.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh {@link SalesStore} for every test, in a folder deleted afterwards.
 * A subclass's own {@code @BeforeEach} runs after the store is open.
 */
abstract class SalesStoreFixture {

	@TempDir
	Path folder;

	SalesStore store;

	@BeforeEach
	void openStore() {
		store = new SalesStore(folder.resolve("db"));
	}

	@AfterEach
	void closeStore() {
		store.close();
	}
}
