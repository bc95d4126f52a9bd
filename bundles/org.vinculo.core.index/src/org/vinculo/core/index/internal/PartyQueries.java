package org.vinculo.core.index.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.service.PartyQuery;

/**
 * Turns what the user typed into a Lucene query. Every word must match
 * somewhere; for each word an exact name word scores highest, then a name word
 * it begins, then an email, city or tag word it begins, then a name word within
 * one or two typos (two from six letters on); email words from three letters on. Digits also match phone numbers
 * from any group on, and a text made only of digits and phone punctuation is
 * tried as one number as well.
 */
final class PartyQueries {

	private static final float EXACT = 8;
	private static final float PREFIX = 4;
	private static final float OTHER_FIELD = 2;
	private static final float TYPO = 1;

	private final Analyzer analyzer;

	PartyQueries(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** @return the query, or {@code null} when the text has nothing searchable */
	Query toQuery(PartyQuery query) {
		Query kinds = filters(query);
		if (query.text().isEmpty()) {
			return kinds == null ? new MatchAllDocsQuery() : kinds;
		}
		List<String> words = words(query.text());
		BooleanQuery.Builder text = new BooleanQuery.Builder();
		if (!words.isEmpty()) {
			BooleanQuery.Builder everyWord = new BooleanQuery.Builder();
			for (String word : words) {
				everyWord.add(wordQuery(word), Occur.MUST);
			}
			text.add(everyWord.build(), Occur.SHOULD);
		}
		String digits = PartyDocuments.digits(query.text());
		if (digits.length() >= PartyDocuments.MIN_PHONE_DIGITS && query.text().matches("[0-9+()./\\-\\s]+")) { //$NON-NLS-1$
			text.add(scored(new PrefixQuery(new Term(PartyDocuments.PHONE, digits)), PREFIX), Occur.SHOULD);
		}
		BooleanQuery textQuery = text.build();
		if (textQuery.clauses().isEmpty()) {
			return null;
		}
		if (kinds == null) {
			return textQuery;
		}
		return new BooleanQuery.Builder().add(textQuery, Occur.MUST).add(kinds, Occur.FILTER).build();
	}

	/** The kinds and facets asked for, as one filter; {@code null} when there is nothing to filter. */
	private static Query filters(PartyQuery query) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		if (query.kinds().size() < PartyKind.values().length) {
			BooleanQuery.Builder kinds = new BooleanQuery.Builder();
			for (PartyKind kind : query.kinds()) {
				kinds.add(new TermQuery(new Term(PartyDocuments.KIND, PartyDocuments.kindCode(kind))), Occur.SHOULD);
			}
			all.add(kinds.build(), Occur.FILTER);
		}
		for (String facet : query.facets()) {
			all.add(new TermQuery(new Term(PartyDocuments.FACET, facet)), Occur.FILTER);
		}
		BooleanQuery filter = all.build();
		return filter.clauses().isEmpty() ? null : new ConstantScoreQuery(filter);
	}

	private static Query wordQuery(String word) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		any.add(scored(new TermQuery(new Term(PartyDocuments.NAME, word)), EXACT), Occur.SHOULD);
		any.add(scored(new PrefixQuery(new Term(PartyDocuments.NAME, word)), PREFIX), Occur.SHOULD);
		// emails from three letters on (shorter starts would match half the book)
		if (word.length() >= FoldingAnalyzer.MIN_EDGE) {
			any.add(scored(word.length() <= FoldingAnalyzer.MAX_EDGE
					? new TermQuery(new Term(PartyDocuments.CONTACT_EDGES, word))
					: new PrefixQuery(new Term(PartyDocuments.CONTACT, word)), OTHER_FIELD), Occur.SHOULD);
		}
		for (String field : new String[] { PartyDocuments.CITY, PartyDocuments.TAG, PartyDocuments.CUSTOM }) {
			any.add(scored(new PrefixQuery(new Term(field, word)), OTHER_FIELD), Occur.SHOULD);
		}
		// typos are looked for in words of letters only: emails, numbers and codes are typed exactly
		boolean letters = word.chars().allMatch(Character::isLetter);
		int edits = !letters ? 0 : word.length() >= 6 ? 2 : word.length() >= 3 ? 1 : 0;
		if (edits > 0) {
			any.add(scored(new FuzzyQuery(new Term(PartyDocuments.NAME, word), edits, 0), TYPO), Occur.SHOULD);
		}
		String digits = PartyDocuments.digits(word);
		if (digits.length() >= PartyDocuments.MIN_PHONE_DIGITS) {
			any.add(scored(new PrefixQuery(new Term(PartyDocuments.PHONE, digits)), OTHER_FIELD), Occur.SHOULD);
		}
		return any.build();
	}

	/** Scores by what matched, not by term statistics: predictable order, ties broken by name. */
	private static Query scored(Query query, float boost) {
		return new BoostQuery(new ConstantScoreQuery(query), boost);
	}

	/** The text's words as the index holds them: lower case, no accents. */
	List<String> words(String text) {
		List<String> words = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(PartyDocuments.NAME, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(term.toString());
			}
			stream.end();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return words;
	}
}
