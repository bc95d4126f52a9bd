package org.vinculo.demo;

/**
 * A plug-in's share of the demo data, contributed through the
 * {@code org.vinculo.ui.demoData} extension point and run when the product is
 * started with {@code -demo}, after the core demo records are in. It must be
 * idempotent: load its records only when they are missing (the product is
 * started with {@code -demo} again and again on the same database). It runs in
 * a background job; a contribution that throws is logged under its bundle and
 * the others still load.
 */
public interface DemoDataContribution {

	/** Loads this plug-in's demo records unless they are there already. */
	void loadIfMissing() throws Exception;
}
