package org.oversight.rectification;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link LedgerFixture} with what the five lists, the revisits and the hand-overs need:
 * <ul>
 * <li>P1 is 党组书记 of D1, P2 its 副书记 (who may not sign);</li>
 * <li>F6: the allowances of F1 (ticked off by 2021-11-01) are back at D1 on 2022-04-05
 * (RECURRING_AFTER_RECTIFICATION, subject F6);</li>
 * <li>F7: financial management at D2 (health) as F2 at D1 (education): across two sectors
 * they roll up to the city's 财政局 (CZJ);</li>
 * <li>F8: another problem at D3 (水利局, WATER); the city also has D0W, a WATER department
 * of lower id, so the regulator is chosen by its name, not by chance.</li>
 * </ul>
 */
final class LedgerStories {

	private LedgerStories() {
	}

	static Map<String, String> files() {
		Map<String, String> files = new HashMap<>(LedgerFixture.files());
		files.merge("organizations.csv", """
				$CZJ,市财政局,DEPARTMENT,CITY,$CITY,FINANCE
				$ZZB,市委组织部,ORG_DEPARTMENT,CITY,$CITY,GRASSROOTS
				$JW,市纪委监委,DISCIPLINE_BODY,CITY,$CITY,OTHER
				$D0W,市水库移民事务中心,DEPARTMENT,CITY,$CITY,WATER
				""", String::concat);
		files.merge("findings.csv", """
				$F6,$T2,$D1,EIGHT_RULES,2022-04-05,EDUCATION,违规发放津补贴问题反弹
				$F7,$T1,$D2,FINANCIAL_MISMANAGEMENT,2021-04-04,HEALTH,白条入账
				$F8,$T1,$D3,OTHER,2021-04-05,WATER,其他问题
				""", String::concat);
		files.put("positions.csv", """
				person_id,org_id,title,start_date,end_date,is_leader
				$P1,$D1,党组书记、局长,2020-01-01,,true
				$P2,$D1,党组副书记,2020-01-01,,true
				""");
		return files;
	}

}
