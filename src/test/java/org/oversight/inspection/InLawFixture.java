package org.oversight.inspection;

import java.util.Map;

/**
 * A county bureau whose head is a near in-law of one proposed inspector each way (a
 * spouse's sibling, a spouse's parent written either way, a sibling's spouse, a child's
 * spouse) and near misses (a spouse's associate, three ties apart, a direct in-law, a
 * non-leader's in-law); and three rounds, two overlapping, for members already on a team.
 * Ids start with the test's prefix.
 */
final class InLawFixture {

	private InLawFixture() {
	}

	static Map<String, String> files() {
		return Map.ofEntries(Map.entry("organizations.csv", """
				id,name,kind,level,parent_id,sector
				$CITY,黔安市委,PARTY_COMMITTEE,CITY,,
				$A,安平县委,PARTY_COMMITTEE,COUNTY,$CITY,
				$A-SL,安平县水利局,DEPARTMENT,COUNTY,$A,WATER
				"""), Map.entry("persons.csv", """
				id,name
				$HEAD,局长某
				$CLERK,科员某
				$M-SPSIB,配偶之兄为局长者
				$W1,其配偶
				$M-SPPAR,配偶之父为局长者
				$W2,其配偶
				$M-SPPAR2,配偶之父为局长者乙
				$W3,其配偶
				$M-SIBSP,姐夫为局长者
				$S4,其姐
				$M-CHSP,女婿为局长者
				$C5,其女
				$M-ASSOC,配偶之关系人为局长者
				$W6,其配偶
				$M-FAR,三层之外者
				$W7,其配偶
				$S7,其配偶之姐
				$M-DIRECT,已登记姻亲者
				$W8,其配偶
				$M-CLERK,科员之姻亲
				$W9,其配偶
				$M-BUSY,同期在他组者
				$M-AUTH,授权期不重叠者
				$M-LATER,下一轮者
				"""), Map.entry("positions.csv", """
				person_id,org_id,title,start_date,end_date,is_leader,is_head
				$HEAD,$A-SL,局长,2018-01-01,,true,true
				$CLERK,$A-SL,科员,2018-01-01,,false,false
				"""), Map.entry("relations.csv", """
				person_id,other_person_id,relation
				$M-SPSIB,$W1,SPOUSE
				$W1,$HEAD,SIBLING
				$M-SPPAR,$W2,SPOUSE
				$W2,$HEAD,PARENT
				$W3,$M-SPPAR2,SPOUSE
				$HEAD,$W3,CHILD
				$M-SIBSP,$S4,SIBLING
				$HEAD,$S4,SPOUSE
				$M-CHSP,$C5,CHILD
				$C5,$HEAD,SPOUSE
				$M-ASSOC,$W6,SPOUSE
				$W6,$HEAD,ASSOCIATE
				$M-FAR,$W7,SPOUSE
				$W7,$S7,SIBLING
				$S7,$HEAD,SPOUSE
				$M-DIRECT,$W8,SPOUSE
				$W8,$HEAD,SIBLING
				$M-DIRECT,$HEAD,IN_LAW
				$M-CLERK,$W9,SPOUSE
				$W9,$CLERK,SIBLING
				"""), Map.entry("rounds.csv", """
				id,name,committee_id,type,start_date,end_date
				$R,市委第一轮,$CITY,REGULAR,2022-03-07,2022-05-07
				$R2,市委专项巡察,$CITY,SPECIAL,2022-04-01,2022-06-30
				$R3,市委第二轮,$CITY,REGULAR,2022-06-01,2022-07-31
				"""), Map.entry("teams.csv", """
				id,round_id,name
				$T,$R,第一巡察组
				$T2,$R2,专项巡察组
				$T3,$R3,第二轮第一组
				"""), Map.entry("team_targets.csv", """
				team_id,org_id
				$T,$A-SL
				"""), Map.entry("team_members.csv", """
				person_id,team_id,role,authorized_from,authorized_to
				$M-BUSY,$T2,MEMBER,,
				$M-AUTH,$T2,MEMBER,2022-05-08,2022-06-30
				$M-LATER,$T3,MEMBER,,
				"""));
	}

}
