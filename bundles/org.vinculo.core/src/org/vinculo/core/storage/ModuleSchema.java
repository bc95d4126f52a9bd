package org.vinculo.core.storage;

/**
 * Where a plug-in's tables stand in the open database: the module id from the
 * {@code org.vinculo.core.schemaModules} extension, the contributing bundle, the
 * version reached and, when a script failed, why. A failed module leaves the
 * core and every other module working.
 */
public record ModuleSchema(String module, String bundle, int version, int latest, String problem) {

	public boolean isReady() {
		return problem == null && version == latest;
	}
}
