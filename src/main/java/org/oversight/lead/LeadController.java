package org.oversight.lead;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.oversight.entity.EntityQueries;
import org.oversight.security.Caller;
import org.oversight.security.Visibility;
import org.oversight.store.GraphEntity;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The joint-inspection and clue-handling routes: sharing, the lifecycle, cases and
 * sanctions, history and corroboration. Thin: the services decide, this maps.
 */
@Controller
class LeadController {

	private final LeadPosting posting;

	private final LeadSharing sharing;

	private final ClueHandling handling;

	private final Corroborations corroborations;

	private final EntityQueries entities;

	LeadController(LeadSharing sharing, ClueHandling handling, Corroborations corroborations, EntityQueries entities,
			LeadPosting posting) {
		this.posting = posting;
		this.sharing = sharing;
		this.handling = handling;
		this.corroborations = corroborations;
		this.entities = entities;
	}

	@MutationMapping
	GraphEntity postLead(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		Caller caller = Caller.of(env);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> implicates = (List<Map<String, Object>>) input.get("implicates");
		List<LeadPosting.Implication> links = (implicates != null) ? implicates.stream()
			.map((i) -> new LeadPosting.Implication((String) i.get("entityId"), String.valueOf(i.get("role"))))
			.toList() : List.of();
		String id = (String) input.get("id");
		this.posting.post(new LeadPosting.Post(id, (String) input.get("teamId"),
				LeadSource.valueOf(String.valueOf(input.get("source"))), (String) input.get("summary"),
				(String) input.get("name"), (String) input.get("findingId"), (String) input.get("orgId"), links),
				caller);
		return this.entities.find(id, caller.visibility());
	}

	@MutationMapping
	boolean shareLead(@Argument String leadId, @Argument String teamId, @Argument String note,
			DataFetchingEnvironment env) {
		return this.sharing.share(leadId, teamId, note, Caller.of(env));
	}

	@MutationMapping
	boolean revokeLeadShare(@Argument String leadId, @Argument String teamId, DataFetchingEnvironment env) {
		return this.sharing.revoke(leadId, teamId, Caller.of(env));
	}

	@MutationMapping
	GraphEntity transitionLead(@Argument String leadId, @Argument LeadStatus to, @Argument String reason,
			@Argument String transferTo, @Argument Disposal disposal, @Argument Boolean greenChannel,
			DataFetchingEnvironment env) {
		Caller caller = Caller.of(env);
		this.handling.transition(new ClueHandling.Request(leadId, to, reason, transferTo, disposal, greenChannel),
				caller);
		return this.entities.find(leadId, caller.visibility());
	}

	@MutationMapping
	GraphEntity openCase(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		Caller caller = Caller.of(env);
		@SuppressWarnings("unchecked")
		ClueHandling.CaseRequest request = new ClueHandling.CaseRequest((String) input.get("leadId"),
				(String) input.get("caseId"), (String) input.get("reason"), (String) input.get("openedDate"),
				(String) input.get("handledBy"), (List<String>) input.get("subjectIds"),
				(List<String>) input.get("responsibleLeaderIds"), (String) input.get("name"));
		this.handling.openCase(request, caller);
		return this.entities.find(request.caseId(), caller.visibility());
	}

	@MutationMapping
	GraphEntity recordSanction(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		Caller caller = Caller.of(env);
		ClueHandling.SanctionRequest request = new ClueHandling.SanctionRequest((String) input.get("caseId"),
				(String) input.get("sanctionId"), (String) input.get("personId"),
				SanctionType.valueOf(String.valueOf(input.get("type"))), (String) input.get("date"),
				(String) input.get("reason"), (String) input.get("name"));
		this.handling.recordSanction(request, caller);
		return this.entities.find(request.sanctionId(), caller.visibility());
	}

	@QueryMapping
	Corroborations.Report corroborations(@Argument String leadId, @Argument Integer first,
			DataFetchingEnvironment env) {
		return this.corroborations.of(leadId, (first != null) ? first : 20, Caller.visibility(env));
	}

	@BatchMapping(typeName = "Lead", field = "history")
	Map<GraphEntity, List<LeadTransition>> history(List<GraphEntity> leads, GraphQLContext context) {
		Map<String, List<LeadTransition>> byId = this.handling.history(ids(leads), visibility(context));
		return byLead(leads, byId);
	}

	@BatchMapping(typeName = "Lead", field = "sharedWith")
	Map<GraphEntity, List<LeadSharing.LeadShare>> sharedWith(List<GraphEntity> leads, GraphQLContext context) {
		return byLead(leads, this.sharing.sharesOf(ids(leads), visibility(context)));
	}

	@SchemaMapping(typeName = "Lead", field = "nextStatuses")
	List<LeadStatus> nextStatuses(GraphEntity lead) {
		return LeadLifecycle.next(LeadStatus.valueOf(String.valueOf(lead.get("status"))));
	}

	@MutationMapping
	GraphEntity transitionCase(@Argument String caseId, @Argument CaseStatus to, @Argument String reason,
			@Argument String closedDate, DataFetchingEnvironment env) {
		Caller caller = Caller.of(env);
		this.handling.transitionCase(new ClueHandling.CaseTransitionRequest(caseId, to, reason, closedDate), caller);
		return this.entities.find(caseId, caller.visibility());
	}

	@BatchMapping(typeName = "Case", field = "history")
	Map<GraphEntity, List<CaseTransition>> caseHistory(List<GraphEntity> cases, GraphQLContext context) {
		return byLead(cases, this.handling.caseHistory(ids(cases), visibility(context)));
	}

	@SchemaMapping(typeName = "Case", field = "nextStatuses")
	List<CaseStatus> caseNextStatuses(GraphEntity kase) {
		Object status = kase.get("status");
		return CaseLifecycle.next((status != null) ? CaseStatus.valueOf(String.valueOf(status)) : CaseStatus.OPEN);
	}

	@SchemaMapping(typeName = "Sanction", field = "form")
	SanctionForm form(GraphEntity sanction) {
		return SanctionType.valueOf(String.valueOf(sanction.get("type"))).form();
	}

	@SchemaMapping(typeName = "Sanction", field = "formZh")
	String formZh(GraphEntity sanction) {
		return form(sanction).zh();
	}

	private static Visibility visibility(GraphQLContext context) {
		return Caller.of(context).visibility();
	}

	private static List<String> ids(List<GraphEntity> entities) {
		return entities.stream().map(GraphEntity::id).distinct().toList();
	}

	private static <T> Map<GraphEntity, List<T>> byLead(List<GraphEntity> entities, Map<String, List<T>> byId) {
		Map<GraphEntity, List<T>> result = new LinkedHashMap<>();
		entities.forEach((e) -> result.put(e, byId.getOrDefault(e.id(), List.of())));
		return result;
	}

}
