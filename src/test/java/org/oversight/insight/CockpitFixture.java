package org.oversight.insight;

import java.util.HashMap;
import java.util.Map;

import org.oversight.rectification.LedgerFixture;

/**
 * {@link LedgerFixture} with what the cockpit's drill-downs need besides: the county
 * committee C's own round RC (within the term's dates, in no term) with its team TC
 * targeting 某县财政局 C-2, where F6 was found and its task X6 is overdue; a failed revisit of
 * X4 (RL, 2023-04-01, new deadline 2023-06-30); and the hand-over HND of F2 (financial
 * management) to the city's finance bureau CZJ, answered, with the rule FX2 it led to.
 * <p>
 * As of 2024-01-01 the term's overdue tasks are X3 (2022-06-30) and X4 (2023-06-30), both
 * of R1; its failed revisits one (X4). The county alone has one overdue task, X6.
 * Coverage of C alone: two county-level organizations (C-1, C-2), one covered (C-2 by RC;
 * C-1 was covered by the city's round R2, which is not the county's).
 */
public final class CockpitFixture {

	private CockpitFixture() {
	}

	public static Map<String, String> files() {
		Map<String, String> base = LedgerFixture.files();
		Map<String, String> files = new HashMap<>(base);
		files.put("organizations.csv", base.get("organizations.csv") + """
				$C-2,某县财政局,DEPARTMENT,COUNTY,$C,
				$CZJ,市财政局,DEPARTMENT,CITY,$CITY,
				""");
		files.put("rounds.csv", base.get("rounds.csv") + "$RC,县委第一轮,$C,REGULAR,,1,2022-05-01,2022-06-01\n");
		files.put("teams.csv", base.get("teams.csv") + "$TC,$RC,县委一组\n");
		files.put("team_targets.csv", base.get("team_targets.csv") + "$TC,$C-2\n");
		files.put("findings.csv", base.get("findings.csv") + "$F6,$TC,$C-2,FINANCIAL_MISMANAGEMENT,2022-05-10,,账外资金\n");
		files.put("rectifications.csv",
				base.get("rectifications.csv") + "$X6,$F6,清理账外资金,2022-12-31,IN_PROGRESS,$C-2,,,\n");
		files.put("verifications.csv", """
				rectification_id,round_id,date,passed,note,new_deadline
				$X4,$RL,2023-04-01,false,招标文件不全,2023-06-30
				""");
		files.put("handovers.csv", """
				id,regulator_id,handed_date,category,name,summary,answer,answered_date
				$HND,$CZJ,2023-07-15,FINANCIAL_MISMANAGEMENT,财务管理问题移交市财政局,白条入账,已修订财务报销办法,2023-10-20
				""");
		files.put("handover_findings.csv", """
				handover_id,finding_id
				$HND,$F2
				""");
		files.put("institutional_fixes.csv", """
				id,name,org_id,issued_date,finding_id,handover_id
				$FX1,《采购管理办法》,$D2,2021-10-01,$F3,
				$FX2,《市直单位财务报销管理办法》,$CZJ,2023-10-10,,$HND
				""");
		return files;
	}

}
