package org.oversight;

import java.util.Map;

/**
 * A small city used by several tests: a city committee, two counties with transport
 * bureaus, regions, people with positions and kin, a project and a contract. Every id
 * starts with the test's prefix ({@code $}).
 */
public final class Fixtures {

	private Fixtures() {
	}

	public static Map<String, String> smallCity() {
		return Map.of("regions.csv", """
				id,name,level,code,parent_id
				$R-CITY,黔安市,CITY,529900,
				$R-A,安平县,COUNTY,529901,$R-CITY
				$R-B,北岭县,COUNTY,529902,$R-CITY
				$R-A1,青石镇,TOWNSHIP,529901100,$R-A
				""", "organizations.csv", """
				id,name,kind,level,parent_id,sector,region_id
				$CITY,黔安市委,PARTY_COMMITTEE,CITY,,,$R-CITY
				$CITY-JT,黔安市交通运输局,DEPARTMENT,CITY,$CITY,TRANSPORT,$R-CITY
				$A,安平县委,PARTY_COMMITTEE,COUNTY,$CITY,,$R-A
				$A-JT,安平县交通运输局,DEPARTMENT,COUNTY,$A,TRANSPORT,
				$A-JY,安平县教育局,DEPARTMENT,COUNTY,$A,EDUCATION,
				$A1,青石镇党委,PARTY_COMMITTEE,TOWNSHIP,$A,,$R-A1
				$B,北岭县委,PARTY_COMMITTEE,COUNTY,$CITY,,$R-B
				$B-JT,北岭县交通运输局,DEPARTMENT,COUNTY,$B,TRANSPORT,
				""", "persons.csv", """
				id,name,gender,birth_year,party_member,id_number
				$P-ZHANG,张某,M,1970,true,52990119700101123X
				$P-LI,李某,F,1972,false,
				$P-WANG,王某某,M,1980,true,
				""", "positions.csv", """
				person_id,org_id,title,start_date,end_date,is_leader,is_head
				$P-ZHANG,$A-JT,局长,2018-01-01,,true,true
				$P-WANG,$A-JY,副局长,2016-03-01,2020-12-31,true,false
				""", "relations.csv", """
				person_id,other_person_id,relation
				$P-ZHANG,$P-LI,SPOUSE
				""", "companies.csv", """
				id,name,reg_no
				$C-ROAD,安平县某建设有限公司,91529901MA0000000X
				""", "company_roles.csv", """
				person_id,company_id,role,share
				$P-LI,$C-ROAD,SHAREHOLDER,0.6
				""", "projects.csv", """
				id,name,org_id,sector,budget,start_date,end_date,unit,accepted_quantity,measured_quantity
				$PRJ-ROAD,青石镇通村道路,$A-JT,TRANSPORT,1200000,2019-03-01,2019-10-30,米,3200,3000
				""", "contracts.csv", """
				id,project_id,company_id,amount,signed_date,procurement,approved_by
				$CT-1,$PRJ-ROAD,$C-ROAD,1150000,2019-02-20,INVITED,$P-ZHANG
				""");
	}

}
