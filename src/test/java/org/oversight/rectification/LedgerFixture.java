package org.oversight.rectification;

import java.util.Map;

/**
 * A city term with two regular rounds and a revisit round, five findings and a small
 * ledger whose figures are computed by hand in the tests that use it:
 * <ul>
 * <li>F1 (D1, education): X1 DONE, X2 VERIFIED → rectified</li>
 * <li>F2 (D1, education): X3 IN_PROGRESS, deadline 2022-06-30 → not rectified,
 * overdue</li>
 * <li>F3 (D2, health): X4 DONE → rectified; prompted the rule FX1</li>
 * <li>F4 (C-1, county education): X5 PENDING, deadline 2099 → not rectified</li>
 * <li>F5 (C-1): no task → not fed back</li>
 * <li>F0 (D4), in a round outside the term: X0 PENDING, overdue since 2020</li>
 * </ul>
 * Lead L1 (from F1) led to case K1 and the admonition S1. D3 has a petition.
 */
public final class LedgerFixture {

	private LedgerFixture() {
	}

	public static Map<String, String> files() {
		return Map.ofEntries(Map.entry("organizations.csv", """
				id,name,kind,level,parent_id,sector
				$CITY,黔安市委,PARTY_COMMITTEE,CITY,,
				$D1,市教育局,DEPARTMENT,CITY,$CITY,EDUCATION
				$D2,市卫健委,DEPARTMENT,CITY,$CITY,HEALTH
				$D3,市水利局,DEPARTMENT,CITY,$CITY,WATER
				$D4,市水库移民局,DEPARTMENT,CITY,$CITY,WATER
				$C,某县委,PARTY_COMMITTEE,COUNTY,$CITY,
				$C-1,某县教育局,DEPARTMENT,COUNTY,$C,EDUCATION
				"""), Map.entry("persons.csv", """
				id,name
				$P1,某局长
				$P2,某科长
				"""), Map.entry("terms.csv", """
				id,name,committee_id,start_date,end_date
				$TERM,第七届,$CITY,2021-01-01,2025-12-31
				"""), Map.entry("rounds.csv", """
				id,name,committee_id,type,term_id,number,start_date,end_date
				$R1,第一轮,$CITY,REGULAR,$TERM,1,2021-03-01,2021-05-01
				$R2,第二轮,$CITY,REGULAR,$TERM,2,2022-03-01,2022-05-01
				$RL,回头看,$CITY,LOOKBACK,$TERM,3,2023-03-01,2023-05-01
				$R0,上届专项,$CITY,SPECIAL,,,2019-03-01,2019-05-01
				"""), Map.entry("teams.csv", """
				id,round_id,name
				$T1,$R1,一组
				$T2,$R2,二组
				$TL,$RL,回头看组
				$T0,$R0,专项组
				"""), Map.entry("team_targets.csv", """
				team_id,org_id
				$T1,$D1
				$T1,$D2
				$T2,$C-1
				$T0,$D4
				"""), Map.entry("findings.csv", """
				id,team_id,org_id,category,found_date,sector,title
				$F1,$T1,$D1,EIGHT_RULES,2021-04-01,EDUCATION,违规发放津补贴
				$F2,$T1,$D1,FINANCIAL_MISMANAGEMENT,2021-04-02,EDUCATION,白条入账
				$F3,$T1,$D2,PROCUREMENT,2021-04-03,HEALTH,规避招标
				$F4,$T2,$C-1,FORMALISM,2022-04-01,EDUCATION,文山会海
				$F5,$T2,$C-1,OTHER,2022-04-02,EDUCATION,其他问题
				$F0,$T0,$D4,FUND_MISAPPROPRIATION,2019-04-01,WATER,移民资金挪用
				"""), Map.entry("rectifications.csv", """
				id,finding_id,task,deadline,status,responsible_org_id,responsible_person_id,completed_date,evidence
				$X1,$F1,清退津补贴,2021-12-31,DONE,$D1,$P1,2021-10-01,退款凭证
				$X2,$F1,修订津补贴制度,2021-12-31,VERIFIED,$D1,$P1,2021-11-01,制度文件
				$X3,$F2,规范财务报销,2022-06-30,IN_PROGRESS,$D1,$P2,,
				$X4,$F3,重新招标,2021-12-31,DONE,$D2,,2021-09-01,招标文件
				$X5,$F4,精简会议,2099-12-31,PENDING,$C-1,,,
				$X0,$F0,追回移民资金,2020-06-30,PENDING,$D4,,,
				"""), Map.entry("institutional_fixes.csv", """
				id,name,org_id,issued_date,finding_id
				$FX1,《采购管理办法》,$D2,2021-10-01,$F3
				"""), Map.entry("leads.csv", """
				id,team_id,source,status,created_date,finding_id
				$L1,$T1,INSPECTION,CASE_OPENED,2021-04-05,$F1
				"""), Map.entry("cases.csv", """
				id,opened_date,lead_id,status
				$K1,2021-06-01,$L1,OPEN
				"""), Map.entry("case_subjects.csv", """
				case_id,person_id
				$K1,$P1
				"""), Map.entry("sanctions.csv", """
				id,person_id,type,date,case_id
				$S1,$P1,ADMONITION_TALK,2021-09-01,$K1
				"""), Map.entry("petitions.csv", """
				id,received_date,summary,about_id
				$PET1,2022-01-01,反映水利局问题,$D3
				"""));
	}

}
