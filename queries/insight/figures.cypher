// name: insight/figures
// description: The funnel and the rectification ledger over a set of rounds (or everything):
//   problems found, leads, cases and the people in them, sanctions and the people sanctioned
//   (also per form: byForm lists form, person and sanction for the caller to count), judiciary
//   transfers, admonitions, problems fed back (findings with at least one
//   rectification task), rectified (fed back, every task DONE or VERIFIED), rules revised.
//   Cases, sanctions and rules count toward a round only through their lead, case or finding
//   (a sanction outside a case, e.g. 约谈 of the head of a unit that failed to rectify, through the
//   finding it follows from),
//   and only through ones the caller may see (a case attributed through a hidden lead would
//   tell which round that lead belongs to).
//   Only the leads and cases the caller may see are counted (the visible markers).
// parameters: rounds (list of round ids, or null for the whole graph), forms (sanction type code → form code)
// returns: one row of counts
CALL {
  MATCH (f:Finding)
  WHERE $rounds IS NULL OR EXISTS { (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds }
  OPTIONAL MATCH (task:Rectification)-[:RECTIFIES]->(f)
  WITH f, collect(task.status) AS statuses
  RETURN count(f) AS found,
         sum(CASE WHEN size(statuses) > 0 THEN 1 ELSE 0 END) AS fedBack,
         sum(CASE WHEN size(statuses) > 0 AND all(s IN statuses WHERE s IN ['DONE', 'VERIFIED']) THEN 1 ELSE 0 END) AS rectified
}
CALL {
  MATCH (l:Lead)
  WHERE {{visible l}}
    AND ($rounds IS NULL OR EXISTS { (l)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds })
  RETURN count(l) AS leads
}
CALL {
  MATCH (c:Case)
  WHERE {{visible c}}
    AND ($rounds IS NULL OR EXISTS { (c)-[:FROM_LEAD]->(cl:Lead)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
                                     WHERE r.id IN $rounds AND {{visible cl}} })
  OPTIONAL MATCH (c)-[:SUBJECT]->(p:Person)
  RETURN count(DISTINCT c) AS cases, count(DISTINCT p) AS people
}
CALL {
  MATCH (s:Sanction)
  WHERE $rounds IS NULL
     OR EXISTS { (s)-[:IN_CASE]->(c:Case)-[:FROM_LEAD]->(sl:Lead)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
                 WHERE r.id IN $rounds AND {{visible c}} AND {{visible sl}} }
     OR (NOT EXISTS { (s)-[:IN_CASE]->(:Case) }
         AND EXISTS { (s)-[:FROM_FINDING]->(:Finding)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds })
  OPTIONAL MATCH (s)-[:AGAINST]->(p:Person)
  RETURN count(DISTINCT s) AS sanctions, count(DISTINCT p) AS sanctioned,
         count(DISTINCT CASE WHEN s.type = 'JUDICIAL_TRANSFER' THEN s END) AS judicial,
         count(DISTINCT CASE WHEN s.type = 'ADMONITION_TALK' THEN s END) AS admonitions,
         [pair IN collect(DISTINCT {form: $forms[s.type], person: p.id, sanction: s.id}) WHERE pair.person IS NOT NULL] AS byForm
}
CALL {
  MATCH (x:InstitutionalFix)
  WHERE $rounds IS NULL OR EXISTS { (x)-[:PROMPTED_BY]->(:Finding)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds }
  RETURN count(x) AS rules
}
RETURN found, leads, cases, people, sanctions, sanctioned, judicial, admonitions, byForm, fedBack, rectified, rules
