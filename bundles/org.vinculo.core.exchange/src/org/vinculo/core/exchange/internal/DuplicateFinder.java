package org.vinculo.core.exchange.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vinculo.core.dedupe.DuplicateMatch;
import org.vinculo.core.dedupe.DuplicateRules;
import org.vinculo.core.dedupe.DuplicateScan;
import org.vinculo.core.dedupe.DuplicateScanner;
import org.vinculo.core.dedupe.DuplicateService;
import org.vinculo.core.dedupe.PartyProfile;
import org.vinculo.core.dedupe.PartyProfiles;
import org.vinculo.core.model.ContactPoint.Channel;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Person;
import org.vinculo.core.search.PartySearch;
import org.vinculo.core.search.PartySummary;
import org.vinculo.core.service.PartyQuery;

/**
 * Duplicate detection. As the user types, the search index is the blocking
 * step (its name search tolerates typos; emails and phones are searched as
 * written); the candidates' full profiles are then scored by
 * {@link DuplicateRules}. Whole-database scans read every profile once from the
 * store ({@link DuplicateScanner}).
 */
@Component(service = DuplicateService.class)
public final class DuplicateFinder implements DuplicateService {

	private static final int CANDIDATES_PER_KEY = 20;

	private final PartySearch search;
	private final PartyProfiles profiles;

	@Activate
	public DuplicateFinder(@Reference PartySearch search, @Reference PartyProfiles profiles) {
		this.search = search;
		this.profiles = profiles;
	}

	@Override
	public List<DuplicateMatch> similarTo(Party draft, List<Long> affiliations, int limit) {
		Set<Long> candidates = new LinkedHashSet<>();
		List<String> keys = new ArrayList<>();
		String name = draft.getDisplayName();
		if (name != null && !name.isBlank()) {
			keys.add(name);
			if (draft instanceof Person person && person.getLastName() != null) {
				keys.add(person.getLastName()); // a typo in the first name still finds the surname
			}
		}
		keys.addAll(draft.values(Channel.EMAIL));
		keys.addAll(draft.values(Channel.PHONE));
		for (String key : keys) {
			for (PartySummary hit : search.search(PartyQuery.matching(key).onlyKind(draft.getKind()).page(0,
					CANDIDATES_PER_KEY)).hits()) {
				if (draft.getId() == null || hit.id() != draft.getId()) {
					candidates.add(hit.id());
				}
			}
		}
		if (candidates.isEmpty()) {
			return List.of();
		}
		Map<Long, String> links = new LinkedHashMap<>();
		if (!affiliations.isEmpty()) {
			profiles.profiles(affiliations).forEach(profile -> links.put(profile.id(), profile.displayName()));
		}
		PartyProfile self = profile(draft, links);
		List<DuplicateMatch> matches = new ArrayList<>();
		for (PartyProfile candidate : profiles.profiles(candidates)) {
			DuplicateMatch match = DuplicateRules.compare(self, candidate);
			if (match != null) {
				// the draft first, whatever the ids
				matches.add(match.first() == self ? match
						: new DuplicateMatch(self, candidate, match.score(), match.reasons()));
			}
		}
		matches.sort(Comparator.comparingInt(DuplicateMatch::score).reversed());
		return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches;
	}

	private static PartyProfile profile(Party draft, Map<Long, String> links) {
		long id = draft.getId() == null ? -1 : draft.getId();
		if (draft instanceof Person person) {
			return new PartyProfile(id, PartyKind.PERSON, person.getDisplayName(), person.getFirstName(),
					person.getLastName(), draft.values(Channel.EMAIL), draft.values(Channel.PHONE), links);
		}
		Organization organization = (Organization) draft;
		return new PartyProfile(id, PartyKind.ORGANIZATION, organization.getDisplayName(), null, organization.getName(),
				draft.values(Channel.EMAIL), draft.values(Channel.PHONE), links);
	}

	@Override
	public DuplicateScan scan(PartyKind kind, IProgressMonitor monitor) {
		return DuplicateScanner.scan(profiles, kind, monitor);
	}
}
