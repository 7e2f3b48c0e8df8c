package org.oversight.finance;

import static org.oversight.model.RelationField.one;
import static org.oversight.model.RelationField.in;
import static org.oversight.model.RelationField.ties;
import static org.oversight.model.Field.bool;
import static org.oversight.model.Field.code;
import static org.oversight.model.Field.date;
import static org.oversight.model.Field.decimal;
import static org.oversight.model.Field.idProperty;
import static org.oversight.model.Field.integer;
import static org.oversight.model.Field.ref;
import static org.oversight.model.Field.text;

import java.util.List;

import org.oversight.model.EntityType;
import org.oversight.model.LinkType;
import org.oversight.model.ModelContribution;
import org.oversight.model.RelationType;
import org.oversight.model.RelationField;
import org.oversight.model.RelationField.Direction;
import org.oversight.organization.Sector;
import org.springframework.stereotype.Component;

/**
 * The money side: projects, contracts, bids, fund programmes, accounts and transfers.
 */
@Component
class FinanceModel implements ModelContribution {

	@Override
	public List<EntityType> entityTypes() {
		EntityType project = new EntityType("Project", "projects.csv", "项目",
				List.of(text("name").required(), ref("org_id", RelationType.OWNED_BY, "Organization").required(),
						code("sector", Sector.class), decimal("budget"), date("start_date"), date("end_date"),
						text("status"), text("unit"), decimal("accepted_quantity"), decimal("measured_quantity"),
						ref("region_id", RelationType.LOCATED_IN, "Region"), date("planned_start_date"),
						date("planned_end_date"), decimal("final_account")),
				"-[:OWNED_BY]->", true);
		EntityType contract = new EntityType("Contract", "contracts.csv", "合同",
				List.of(ref("project_id", RelationType.FOR_PROJECT, "Project").required(),
						ref("company_id", RelationType.AWARDED_TO, "Company").required(), decimal("amount").required(),
						date("signed_date").required(), code("procurement", Procurement.class),
						ref("approved_by", RelationType.APPROVED_BY, "Person"), text("name")),
				"-[:FOR_PROJECT]->(:Project)-[:OWNED_BY]->", false);
		EntityType fund = new EntityType("Fund", "funds.csv", "专项资金", List.of(text("name").required(), text("program"),
				ref("source_org_id", RelationType.ISSUED_BY, "Organization"), decimal("amount"), integer("year")),
				"-[:ISSUED_BY]->", true);
		EntityType account = new EntityType("Account", "accounts.csv", "账户",
				List.of(ref("holder_id", RelationType.HELD_BY, "Person", "Company", "Organization").required(),
						code("kind", AccountKind.class).required().as("accountKind"), text("bank"), text("name"),
						ref("kept_for_id", RelationType.KEPT_FOR, "Organization")),
				"-[:HELD_BY]->", false);
		return List.of(project, contract, fund, account);
	}

	@Override
	public List<LinkType> linkTypes() {
		LinkType transfer = new LinkType("transfers.csv", RelationType.TRANSFER,
				ref("from_account_id", RelationType.TRANSFER, "Account").required(),
				ref("to_account_id", RelationType.TRANSFER, "Account").required(), List.of(),
				List.of(decimal("amount").required(), date("date").required(),
						code("kind", TransferKind.class).required(), idProperty("fund_id", "Fund"),
						idProperty("project_id", "Project"), text("purpose")),
				true, "from", "to", "Transfer");
		LinkType bid = new LinkType("bids.csv", RelationType.BID_ON,
				ref("company_id", RelationType.BID_ON, "Company").required(),
				ref("project_id", RelationType.BID_ON, "Project").required(), List.of(),
				List.of(decimal("amount"), date("bid_date"), bool("won")), false, "company", "project", "Bid");
		return List.of(transfer, bid);
	}

	@Override
	public List<RelationField> relationFields() {
		return List.of(one("Project", "owner", RelationType.OWNED_BY, "Organization"),
				one("Project", "region", RelationType.LOCATED_IN, "Region"),
				in("Project", "contracts", RelationType.FOR_PROJECT, "Contract"),
				ties("Project", "bids", RelationType.BID_ON, Direction.IN),
				one("Contract", "project", RelationType.FOR_PROJECT, "Project"),
				one("Contract", "company", RelationType.AWARDED_TO, "Company"),
				one("Contract", "approver", RelationType.APPROVED_BY, "Person"),
				one("Fund", "sourceOrg", RelationType.ISSUED_BY, "Organization"),
				one("Account", "holder", RelationType.HELD_BY, null),
				one("Account", "keptFor", RelationType.KEPT_FOR, "Organization"),
				in("Organization", "keptAccounts", RelationType.KEPT_FOR, "Account"),
				ties("Account", "outgoing", RelationType.TRANSFER, Direction.OUT),
				ties("Account", "incoming", RelationType.TRANSFER, Direction.IN));
	}

}
