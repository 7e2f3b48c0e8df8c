package org.oversight.redflag;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oversight.graph.NamedQuery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A rule file's header becomes a rule, and a broken header is refused naming the file.
 */
class RuleHeaderTests {

	static Map<String, String> header() {
		Map<String, String> header = new LinkedHashMap<>();
		header.put("code", "SPLIT_CONTRACTS");
		header.put("title", "Split");
		header.put("titleZh", "化整为零");
		header.put("severity", "MEDIUM");
		header.put("subject", "the contract");
		header.put("description", "contracts split");
		header.put("descriptionZh", "化整为零规避招标");
		header.put("parameters", "threshold=1000000, share=0.5");
		header.put("bounds", "share=0..1");
		header.put("returns", "one row per contract");
		return header;
	}

	static NamedQuery query(Map<String, String> header) {
		return new NamedQuery("red-flags/SPLIT_CONTRACTS", header, "RETURN 1");
	}

	@Test
	void readsCodeTitlesSeverityAndTypedParameters() {
		RedFlagRule rule = RuleHeader.parse(query(header()));
		assertThat(rule.code()).isEqualTo("SPLIT_CONTRACTS");
		assertThat(rule.titleZh()).isEqualTo("化整为零");
		assertThat(rule.parameter("threshold").integer()).isTrue();
		assertThat(rule.parameter("threshold").bound(1000000)).isEqualTo(1000000L);
		assertThat(rule.parameter("share").integer()).isFalse();
		assertThat(rule.parameter("share").problem(1.5)).contains("between 0 and 1");
	}

	@Test
	void refusesBrokenHeadersNamingTheFile() {
		Map<String, Map<String, String>> broken = new LinkedHashMap<>();
		Map<String, String> noCode = header();
		noCode.remove("code");
		broken.put("no '// code:' line", noCode);
		Map<String, String> otherCode = header();
		otherCode.put("code", "OTHER_RULE");
		broken.put("differs from the file name", otherCode);
		Map<String, String> severity = header();
		severity.put("severity", "URGENT");
		broken.put("not one of HIGH, MEDIUM, LOW", severity);
		Map<String, String> badDefault = header();
		badDefault.put("parameters", "threshold=lots");
		broken.put("does not give a number", badDefault);
		Map<String, String> outOfBounds = header();
		outOfBounds.put("parameters", "threshold=1000000, share=2");
		broken.put("out of its bounds", outOfBounds);
		Map<String, String> unknownBound = header();
		unknownBound.put("bounds", "window=0..5");
		broken.put("not a parameter", unknownBound);
		Map<String, String> noTitle = header();
		noTitle.put("titleZh", " ");
		broken.put("is empty", noTitle);
		broken.forEach((why, h) -> assertThatThrownBy(() -> RuleHeader.parse(query(h))).as(why)
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("queries/red-flags/SPLIT_CONTRACTS.cypher")
			.hasMessageContaining(why));
	}

}
