// name: insight/reported-entity
// description: One published figure as it stands after it was recorded, read in the write's own transaction.
// parameters: id
// returns: n
MATCH (n:ReportedFigure {id: $id})
RETURN n
