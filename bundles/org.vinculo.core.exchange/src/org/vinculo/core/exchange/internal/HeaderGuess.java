package org.vinculo.core.exchange.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vinculo.core.exchange.ImportTarget;
import org.vinculo.core.exchange.ImportTarget.Entity;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.model.Party;

/**
 * Guesses a column's target from its header, in English and Spanish: "First
 * name", "Apellidos", "E-mail", "Company 2", "Cargo 2", "Empresa teléfono"…
 */
final class HeaderGuess {

	private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)\\s*(\\d+)$"); //$NON-NLS-1$
	private static final Set<String> ORGANIZATION_WORDS = Set.of("organization", "organisation", "org", "company", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"account", "employer", "empresa", "organizacion", "compania", "entidad"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	private static final Map<String, String> FIELDS = new LinkedHashMap<>();

	static {
		words(ImportTarget.FIRST_NAME, "first name", "firstname", "given name", "forename", "nombre de pila", "nombre"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		words(ImportTarget.LAST_NAME, "last name", "lastname", "surname", "family name", "apellido", "apellidos"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		words(ImportTarget.FULL_NAME, "full name", "fullname", "name", "contact", "contact name", "person", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"nombre completo", "contacto", "persona"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		words(ImportTarget.EMAIL, "email", "e mail", "mail", "email address", "correo", "correo electronico"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		words(ImportTarget.PHONE, "phone", "telephone", "tel", "work phone", "business phone", "phone number", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"telefono", "tfno"); //$NON-NLS-1$ //$NON-NLS-2$
		words(ImportTarget.MOBILE, "mobile", "mobile phone", "cell", "cell phone", "movil", "celular"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		words(ImportTarget.WEBSITE, "website", "web", "url", "web site", "sitio web", "pagina web"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		words(ImportTarget.STREET, "street", "address", "street address", "direccion", "calle", "domicilio"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		words(ImportTarget.POSTAL_CODE, "zip", "zip code", "postal code", "postcode", "cp", "codigo postal"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		words(ImportTarget.CITY, "city", "town", "ciudad", "localidad", "poblacion", "municipio"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		words(ImportTarget.REGION, "state", "region", "province", "county", "provincia", "comunidad"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		words(ImportTarget.COUNTRY, "country", "pais"); //$NON-NLS-1$ //$NON-NLS-2$
		words(ImportTarget.NOTES, "notes", "note", "comments", "comment", "notas", "observaciones", "comentarios"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		words(ImportTarget.TAGS, "tags", "tag", "labels", "etiquetas", "etiqueta"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		words(ImportTarget.ROLE, "role", "rol", "relation", "relacion", "vinculo"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		words(ImportTarget.TITLE, "title", "job title", "position", "job", "cargo", "puesto"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		words(ImportTarget.SINCE, "since", "start", "start date", "from", "desde", "fecha inicio", "fecha de inicio", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				"inicio"); //$NON-NLS-1$
		words(ImportTarget.UNTIL, "until", "end", "end date", "to", "hasta", "fecha fin", "fecha de fin", "fin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	}

	private static void words(String field, String... synonyms) {
		for (String synonym : synonyms) {
			FIELDS.put(synonym, field);
		}
	}

	private HeaderGuess() {
	}

	/** One target per header, {@code null} where nothing fits; a target is used once. */
	static List<ImportTarget> guess(List<String> headers, Map<String, List<FieldDefinition>> customFields) {
		List<ImportTarget> targets = new java.util.ArrayList<>();
		Set<String> used = new HashSet<>();
		for (String header : headers) {
			ImportTarget target = guess(header, customFields);
			if (target != null && !used.add(target.code())) {
				target = null;
			}
			targets.add(target);
		}
		return targets;
	}

	static ImportTarget guess(String header, Map<String, List<FieldDefinition>> customFields) {
		String text = Party.normalize(header).replaceAll("[^\\p{L}\\p{N}]+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		if (text.isEmpty()) {
			return null;
		}
		int slot = 0;
		Matcher number = TRAILING_NUMBER.matcher(text);
		if (number.matches()) {
			text = number.group(1).strip();
			slot = Integer.parseInt(number.group(2));
		}
		boolean organization = false;
		StringBuilder rest = new StringBuilder();
		for (String word : text.split(" ")) { //$NON-NLS-1$
			if (ORGANIZATION_WORDS.contains(word)) {
				organization = true;
			} else if (!word.equals("de") && !word.equals("of") && !word.equals("la")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				rest.append(rest.isEmpty() ? "" : " ").append(word); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		String remainder = rest.toString();
		ImportTarget custom = custom(text, remainder, organization, slot, customFields);
		if (custom != null) {
			return custom;
		}
		if (organization) {
			int orgSlot = Math.max(1, slot);
			if (remainder.isEmpty() || remainder.equals("name") || remainder.equals("nombre")) { //$NON-NLS-1$ //$NON-NLS-2$
				return ImportTarget.organization(ImportTarget.NAME, orgSlot);
			}
			String field = FIELDS.get(remainder);
			if (field == null) {
				return null;
			}
			return switch (field) {
			case ImportTarget.ROLE, ImportTarget.TITLE, ImportTarget.SINCE, ImportTarget.UNTIL -> ImportTarget
					.affiliation(field, orgSlot);
			case ImportTarget.FULL_NAME -> ImportTarget.organization(ImportTarget.NAME, orgSlot);
			case ImportTarget.FIRST_NAME, ImportTarget.LAST_NAME, ImportTarget.MOBILE -> null;
			default -> ImportTarget.organization(field, orgSlot);
			};
		}
		String field = FIELDS.get(remainder);
		if (field == null) {
			return null;
		}
		return switch (field) {
		case ImportTarget.ROLE, ImportTarget.TITLE, ImportTarget.SINCE, ImportTarget.UNTIL -> ImportTarget
				.affiliation(field, Math.max(1, slot));
		case ImportTarget.WEBSITE -> ImportTarget.organization(field, Math.max(1, slot));
		case ImportTarget.EMAIL -> ImportTarget.person(slot >= 2 ? ImportTarget.EMAIL_2 : ImportTarget.EMAIL);
		default -> slot >= 2 ? null : ImportTarget.person(field);
		};
	}

	private static ImportTarget custom(String text, String remainder, boolean organization, int slot,
			Map<String, List<FieldDefinition>> customFields) {
		for (Map.Entry<String, List<FieldDefinition>> entry : customFields.entrySet()) {
			for (FieldDefinition field : entry.getValue()) {
				String label = Party.normalize(field.getLabel()).replaceAll("[^\\p{L}\\p{N}]+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
				String code = field.getCode();
				boolean named = label.equals(text) || label.equals(remainder) || code.equals(text)
						|| code.equals(remainder);
				if (!named) {
					continue;
				}
				String target = ImportTarget.CUSTOM_PREFIX + code;
				switch (entry.getKey()) {
				case FieldDefinition.PERSON:
					if (!organization) {
						return ImportTarget.person(target);
					}
					break;
				case FieldDefinition.ORGANIZATION:
					if (organization || !customFields.getOrDefault(FieldDefinition.PERSON, List.of()).contains(field)) {
						return new ImportTarget(Entity.ORGANIZATION, target, Math.max(1, slot));
					}
					break;
				default:
					return new ImportTarget(Entity.AFFILIATION, target, Math.max(1, slot));
				}
			}
		}
		return null;
	}
}
