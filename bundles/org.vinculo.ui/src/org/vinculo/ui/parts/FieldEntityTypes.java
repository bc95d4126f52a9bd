package org.vinculo.ui.parts;

import java.util.Map;

/**
 * Names the entity types of a plug-in's records whose fields admins configure
 * in Preferences > Fields, contributed through
 * {@code org.vinculo.ui.fieldEntityTypes}. Asked each time the page opens, so
 * types that depend on data (one per pipeline) are current.
 */
public interface FieldEntityTypes {

	/** Entity type codes (as the plug-in passes them to the field service) and their labels, in order. */
	Map<String, String> entityTypes();
}
