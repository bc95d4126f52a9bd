package org.vinculo.ui.internal.fields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.ui.internal.Contributions;
import org.vinculo.ui.internal.Terms;
import org.vinculo.ui.parts.FieldEntityTypes;

/**
 * The entity types whose fields admins configure here, named with the terms in
 * force: the core's three, then those plug-ins name through
 * {@value #EXTENSION_POINT} (read again each time the page opens).
 */
final class EntityTypes {

	static final String EXTENSION_POINT = "org.vinculo.ui.fieldEntityTypes"; //$NON-NLS-1$
	static final List<String> CORE = List.of(FieldDefinition.PERSON, FieldDefinition.ORGANIZATION,
			FieldDefinition.AFFILIATION);

	/** Labels of the plug-ins' entity types, as last read. */
	private static volatile Map<String, String> contributed = Map.of();

	private EntityTypes() {
	}

	/** The core's types and the plug-ins' current ones; a provider that fails is logged and skipped. */
	static List<String> all() {
		Map<String, String> labels = new LinkedHashMap<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			Contributions.run(element.getContributor().getName(), element.getAttribute("class"), //$NON-NLS-1$
					"naming its entity types for Preferences > Fields", //$NON-NLS-1$
					() -> ((FieldEntityTypes) element.createExecutableExtension("class")).entityTypes() //$NON-NLS-1$
							.forEach((code, label) -> {
								if (!CORE.contains(code)) {
									labels.put(code, label);
								}
							}));
		}
		contributed = Map.copyOf(labels);
		List<String> all = new ArrayList<>(CORE);
		all.addAll(labels.keySet());
		return all;
	}

	static String label(String entityType) {
		return Terms.format(switch (entityType) {
		case FieldDefinition.PERSON -> Messages.Fields_entityPerson;
		case FieldDefinition.ORGANIZATION -> Messages.Fields_entityOrganization;
		case FieldDefinition.AFFILIATION -> Messages.Fields_entityAffiliation;
		default -> contributed.getOrDefault(entityType, entityType);
		});
	}
}
