// Documents the API hands out (DocumentFile: base64 bytes, a Chinese file name, the filter in words) saved as a
// browser download; nothing is made here but the file from the API's own bytes.
import { gql } from '../api/graphql.js';

export function saveDocument(file) {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}

const FILE = 'fileName contentType base64 rows filter';

/** One table of the cockpit (or a list by its filter) as the API's workbook. */
export async function exportTable(table, args) {
  const r = await gql(
    `query($table: ExportTableName!, $t: ID, $r: ID, $c: ID, $comb: Boolean, $a: String, $by: RateDimension,
        $records: LedgerRecordKind, $key: String, $ff: FindingFilter, $lf: LeadFilter, $rf: RectificationFilter,
        $cf: CaseFilter, $of: OrganizationFilter) {
      exportTable(table: $table, termId: $t, roundId: $r, committeeId: $c, combined: $comb, asOf: $a, by: $by,
          records: $records, key: $key, findingFilter: $ff, leadFilter: $lf, rectificationFilter: $rf,
          caseFilter: $cf, organizationFilter: $of) { ${FILE} }
    }`,
    { table, ...args },
  );
  saveDocument(r.exportTable);
  return r.exportTable;
}

export async function termReport(termId) {
  const r = await gql(`query($t: ID!) { termReport(termId: $t) { ${FILE} } }`, { t: termId });
  saveDocument(r.termReport);
  return r.termReport;
}
