package org.oversight.inspection;

import java.util.Map;

/**
 * A county transport bureau (the target) whose head has every kind of tie to one proposed
 * inspector each, and a near miss for each kind. Ids start with the test's prefix.
 */
final class PlanningFixture {

	private PlanningFixture() {
	}

	static Map<String, String> files() {
		return Map.ofEntries(Map.entry("organizations.csv", """
				id,name,kind,level,parent_id,sector
				$CITY,黔安市委,PARTY_COMMITTEE,CITY,,
				$A,安平县委,PARTY_COMMITTEE,COUNTY,$CITY,
				$A-JT,安平县交通运输局,DEPARTMENT,COUNTY,$A,TRANSPORT
				$A-JT-SUB,安平县公路管理段,PUBLIC_INSTITUTION,COUNTY,$A-JT,TRANSPORT
				$A-T1,青石镇党委,PARTY_COMMITTEE,TOWNSHIP,$A,
				$B,北岭县委,PARTY_COMMITTEE,COUNTY,$CITY,
				$B-JY,北岭县教育局,DEPARTMENT,COUNTY,$B,EDUCATION
				"""), Map.entry("persons.csv", """
				id,name
				$HEAD,局长某
				$M-POS,曾任下属单位者
				$M-POS-OLD,早年任职者
				$M-KIN,局长之弟
				$M-ASSOC,局长关系人
				$M-COL,曾同事者
				$M-COL-OLD,先后任职者
				$M-CO,共同持股者
				$M-ACC,资金往来者
				$M-ACC-OLD,早年往来者
				$M-REG,本县干部
				$M-CLEAN,无关联者
				$M-FREE,无任务者
				"""), Map.entry("positions.csv", """
				person_id,org_id,title,start_date,end_date,is_leader,is_head
				$HEAD,$A-JT,局长,2018-01-01,,true,true
				$HEAD,$B-JY,副局长,2014-01-01,2017-12-31,true,false
				$M-POS,$A-JT-SUB,段长,2015-01-01,2019-06-30,true,true
				$M-POS-OLD,$A-JT,科员,2010-01-01,2016-12-31,false,false
				$M-COL,$B-JY,科长,2017-06-01,2019-12-31,false,false
				$M-COL-OLD,$B-JY,科长,2008-01-01,2013-12-31,false,false
				$M-REG,$A-T1,副镇长,2020-01-01,,true,false
				$M-CLEAN,$B,干部,2015-01-01,,false,false
				"""), Map.entry("relations.csv", """
				person_id,other_person_id,relation
				$M-KIN,$HEAD,SIBLING
				$HEAD,$M-ASSOC,ASSOCIATE
				"""), Map.entry("companies.csv", """
				id,name
				$C-1,安平某咨询有限公司
				"""), Map.entry("company_roles.csv", """
				person_id,company_id,role,share
				$M-CO,$C-1,SHAREHOLDER,0.4
				$HEAD,$C-1,LEGAL_REP,
				"""), Map.entry("accounts.csv", """
				id,holder_id,kind,bank
				$ACC-H,$HEAD,PERSONAL,某银行
				$ACC-M,$M-ACC,PERSONAL,某银行
				$ACC-O,$M-ACC-OLD,PERSONAL,某银行
				"""), Map.entry("transfers.csv", """
				id,from_account_id,to_account_id,amount,date,kind
				$TR-1,$ACC-M,$ACC-H,50000,2021-05-01,OTHER
				$TR-2,$ACC-H,$ACC-O,30000,2015-05-01,OTHER
				"""), Map.entry("rounds.csv", """
				id,name,committee_id,type,start_date,end_date
				$R,市委第一轮,$CITY,REGULAR,2022-03-07,2022-05-07
				$RX,市委交叉巡察,$CITY,CROSS,2022-03-07,2022-05-07
				"""), Map.entry("teams.csv", """
				id,round_id,name
				$T,$R,第一巡察组
				$TX,$RX,交叉巡察组
				"""), Map.entry("team_targets.csv", """
				team_id,org_id
				$T,$A-JT
				$TX,$A-JT
				"""), Map.entry("team_members.csv", """
				person_id,team_id,role
				$M-REG,$TX,MEMBER
				$M-CLEAN,$TX,LEADER
				"""));
	}

}
