package org.vinculo.core.dedupe;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.eclipse.osgi.util.NLS;
import org.vinculo.core.dedupe.DuplicateMatch.Evidence;
import org.vinculo.core.dedupe.DuplicateMatch.Reason;
import org.vinculo.core.internal.Messages;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;

/**
 * How two records are judged alike, and which keys group candidates so that a
 * scan compares only records sharing a key (blocking). Evidence adds up:
 * <ul>
 * <li>a shared email: 60; a shared phone (last nine digits): 40;</li>
 * <li>the same name: 40; a similar one (Jaro-Winkler ≥ 0.90 on the normalised
 * names, also with first and last name swapped): 30–39;</li>
 * <li>each shared affiliation, current or past: 25, at most 50.</li>
 * </ul>
 * A pair is a possible duplicate at {@value #THRESHOLD} when a name or an email
 * is part of the evidence: two colleagues sharing a switchboard number and an
 * employer are not one person.
 */
public final class DuplicateRules {

	public static final int THRESHOLD = 60;
	private static final double SIMILAR = 0.90;
	private static final Pattern LEGAL_FORM = Pattern.compile(
			"\\b(s\\.?\\s?l\\.?u?|s\\.?\\s?a\\.?|s\\.?\\s?coop\\.?|inc\\.?|ltd\\.?|llc|gmbh|corp\\.?|co\\.?|plc|limited|company)$"); //$NON-NLS-1$
	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+"); //$NON-NLS-1$
	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	private DuplicateRules() {
	}

	/** Scores two profiles; {@code null} when they do not look alike. */
	public static DuplicateMatch compare(PartyProfile a, PartyProfile b) {
		if (a.id() == b.id() || a.kind() != b.kind()) {
			return null;
		}
		List<Reason> reasons = new ArrayList<>();
		int score = 0;
		boolean nameOrEmail = false;
		String email = firstShared(emails(a), emails(b));
		if (email != null) {
			reasons.add(new Reason(Evidence.SAME_EMAIL, email));
			score += 60;
			nameOrEmail = true;
		}
		String phone = firstShared(phones(a), phones(b));
		if (phone != null) {
			reasons.add(new Reason(Evidence.SAME_PHONE, phone));
			score += 40;
		}
		String nameA = name(a);
		String nameB = name(b);
		if (!nameA.isEmpty() && !nameB.isEmpty()) {
			double similarity = nameSimilarity(a, b);
			if (nameA.equals(nameB) || similarity >= 0.999) {
				reasons.add(new Reason(Evidence.SAME_NAME, a.displayName()));
				score += 40;
				nameOrEmail = true;
			} else if (similarity >= SIMILAR) {
				reasons.add(new Reason(Evidence.SIMILAR_NAME, a.displayName() + " ~ " + b.displayName())); //$NON-NLS-1$
				score += 30 + (int) Math.min(9, Math.round((similarity - SIMILAR) * 100));
				nameOrEmail = true;
			}
		}
		int shared = 0;
		for (Map.Entry<Long, String> link : a.affiliations().entrySet()) {
			if (b.affiliations().containsKey(link.getKey()) && shared < 2) {
				reasons.add(new Reason(Evidence.SHARED_AFFILIATION, link.getValue()));
				score += 25;
				shared++;
			}
		}
		if (score < THRESHOLD || !nameOrEmail) {
			return null;
		}
		return a.id() < b.id() ? new DuplicateMatch(a, b, Math.min(score, 100), reasons)
				: new DuplicateMatch(b, a, Math.min(score, 100), reasons);
	}

	/** The blocking keys of a profile: candidates share at least one. */
	public static Set<String> keys(PartyProfile profile) {
		Set<String> keys = new LinkedHashSet<>();
		emails(profile).forEach(email -> keys.add("e:" + email)); //$NON-NLS-1$
		phones(profile).forEach(phone -> keys.add("p:" + phone)); //$NON-NLS-1$
		String name = name(profile);
		if (profile.kind() == PartyKind.PERSON) {
			String first = words(profile.firstName());
			String last = words(profile.lastName());
			if (!last.isEmpty()) {
				keys.add("n:" + prefix(last, 4) + '|' + prefix(first, 1)); //$NON-NLS-1$
			}
			if (!first.isEmpty()) {
				keys.add("m:" + prefix(first, 4) + '|' + prefix(last, 1)); //$NON-NLS-1$
			}
		} else if (!name.isEmpty()) {
			keys.add("o:" + prefix(name, 5)); //$NON-NLS-1$
			int space = name.lastIndexOf(' ');
			if (space > 0) {
				keys.add("t:" + prefix(name.substring(space + 1), 5)); //$NON-NLS-1$
			}
		}
		if (!name.isEmpty()) {
			// the same name at the same organization: small exact groups even for the commonest names
			profile.affiliations().keySet().forEach(id -> keys.add("a:" + name + '|' + id)); //$NON-NLS-1$
		}
		return keys;
	}

	/** The reasons as one phrase in the user's language. */
	public static String explain(List<Reason> reasons) {
		StringBuilder text = new StringBuilder();
		for (Reason reason : reasons) {
			if (!text.isEmpty()) {
				text.append("; "); //$NON-NLS-1$
			}
			text.append(switch (reason.evidence()) {
			case SAME_EMAIL -> NLS.bind(Messages.Duplicate_sameEmail, reason.detail());
			case SAME_PHONE -> NLS.bind(Messages.Duplicate_samePhone, reason.detail());
			case SAME_NAME -> Messages.Duplicate_sameName;
			case SIMILAR_NAME -> NLS.bind(Messages.Duplicate_similarName, reason.detail());
			case SHARED_AFFILIATION -> NLS.bind(Messages.Duplicate_sharedAffiliation, reason.detail());
			});
		}
		return text.toString();
	}

	/** A phone number as compared: its digits, the last nine when longer (drops country prefixes). */
	public static String normalizePhone(String phone) {
		if (phone == null) {
			return ""; //$NON-NLS-1$
		}
		String digits = phone.replaceAll("\\D", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return digits.length() > 9 ? digits.substring(digits.length() - 9) : digits;
	}

	/** A name as compared: accents, case, punctuation and (for organizations) legal forms removed. */
	public static String normalizeName(PartyKind kind, String name) {
		String words = words(name);
		if (kind == PartyKind.ORGANIZATION) {
			String bare = LEGAL_FORM.matcher(Party.normalize(name).replace(',', ' ').strip()).replaceAll("").strip(); //$NON-NLS-1$
			words = words(bare);
		}
		return words;
	}

	private static double nameSimilarity(PartyProfile a, PartyProfile b) {
		double direct = JARO_WINKLER.apply(name(a), name(b));
		if (a.kind() == PartyKind.PERSON) {
			String swapped = (words(b.lastName()) + ' ' + words(b.firstName())).strip();
			direct = Math.max(direct, JARO_WINKLER.apply(name(a), swapped));
		}
		return direct;
	}

	private static String name(PartyProfile profile) {
		if (profile.kind() == PartyKind.PERSON) {
			return (words(profile.firstName()) + ' ' + words(profile.lastName())).strip();
		}
		return normalizeName(PartyKind.ORGANIZATION, profile.lastName() != null ? profile.lastName() : profile.displayName());
	}

	private static String words(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		return NON_WORD.matcher(Party.normalize(text)).replaceAll(" ").strip(); //$NON-NLS-1$
	}

	private static String prefix(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

	private static List<String> emails(PartyProfile profile) {
		List<String> emails = new ArrayList<>();
		for (String email : profile.emails()) {
			if (email != null && !email.isBlank()) {
				emails.add(email.strip().toLowerCase(java.util.Locale.ROOT));
			}
		}
		return emails;
	}

	private static List<String> phones(PartyProfile profile) {
		List<String> phones = new ArrayList<>();
		for (String phone : profile.phones()) {
			String digits = normalizePhone(phone);
			if (digits.length() >= 6) {
				phones.add(digits);
			}
		}
		return phones;
	}

	private static String firstShared(List<String> a, List<String> b) {
		for (String value : a) {
			if (b.contains(value)) {
				return value;
			}
		}
		return null;
	}
}
