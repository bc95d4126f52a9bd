package org.vinculo.core.index.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words in lower case without accents: "José Muñoz" is indexed and searched as
 * "jose", "munoz". Filters are named by class, not through Lucene's SPI, which
 * does not reach across OSGi bundles.
 */
final class FoldingAnalyzer extends Analyzer {

	/** Shortest and longest email word starts indexed as terms; others are looked up by expansion. */
	static final int MIN_EDGE = 3;
	static final int MAX_EDGE = 12;

	FoldingAnalyzer() {
		super(PER_FIELD_REUSE_STRATEGY); // the components differ by field
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		StandardTokenizer tokenizer = new StandardTokenizer();
		TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
		if (PartyDocuments.CONTACT_EDGES.equals(fieldName)) {
			// every start of every email word as a term: emails are nearly all distinct, and expanding a
			// prefix over a million distinct words costs more than the rest of the query
			stream = new EdgeNGramTokenFilter(stream, MIN_EDGE, MAX_EDGE, true);
		}
		return new TokenStreamComponents(tokenizer, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}
}
