// What is drawn, out of the page: a PNG or SVG picture, the nodes and edges as CSV.

export function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function csvCell(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

export function toCsv(rows) {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n');
}

/** One CSV with the nodes, then the edges (with a BOM, so spreadsheet programs read the Chinese). */
export function pictureCsv(cy, kindZh) {
  const rows = [['类别', 'ID', '名称/关系', '类型', '起点', '终点', '属性']];
  cy.nodes(':visible').forEach((n) => {
    const d = n.data();
    if (d.compound) return;
    rows.push(['节点', d.id, d.name, kindZh(d.kind), '', '', d.levelZh || '']);
  });
  cy.edges(':visible').forEach((e) => {
    const d = e.data();
    rows.push(['关系', d.edgeId || '', d.typeZh, d.type, d.source, d.target, d.properties.map((p) => p.name + '=' + p.value).join('; ')]);
  });
  return new Blob(['\ufeff' + toCsv(rows)], { type: 'text/csv;charset=utf-8' });
}

const SKIP = new Set(['recordedBy', 'recordedAt', 'source', 'version']);

/**
 * What is drawn as an xlsx workbook: a sheet of entities (实体) and one of relationships (关系),
 * names and types in Chinese, amounts as numbers, with the drawn groups and notes. The writer is
 * loaded only when asked (its own chunk of the bundle, never from outside).
 */
export async function pictureXlsx(cy, kindZh) {
  const { default: writeExcelFile } = await import('write-excel-file/browser');
  const bold = (value) => ({ value, fontWeight: 'bold' });
  const entities = [['ID', '名称', '类型', '层级', '分组', '备注'].map(bold)];
  const names = {};
  cy.nodes(':visible').forEach((n) => {
    const d = n.data();
    if (d.compound) return;
    names[d.id] = d.name;
    entities.push([d.id, d.name, kindZh(d.kind), d.levelZh || null, n.parent().nonempty() ? n.parent().data('label') : null, d.note || null]);
  });
  const relations = [['关系', '说明', '起点', '起点名称', '终点', '终点名称', '金额（元）', '日期', '关系 ID', '其他属性'].map(bold)];
  cy.edges(':visible').forEach((e) => {
    const d = e.data();
    const p = Object.fromEntries(d.properties.map((x) => [x.name, x.value]));
    const amount = p.amount !== undefined && !Number.isNaN(Number(p.amount)) ? { value: Number(p.amount), format: '#,##0.00' } : null;
    const other = d.properties.filter((x) => !SKIP.has(x.name) && !['amount', 'date', 'id'].includes(x.name));
    relations.push([d.typeZh, d.label !== d.typeZh ? d.label : null, d.source, names[d.source] || null, d.target, names[d.target] || null,
      amount, p.date || p.startDate || null, d.edgeId || null, other.map((x) => x.name + '=' + x.value).join('; ') || null]);
  });
  return writeExcelFile([
    { data: entities, sheet: '实体', columns: [{ width: 18 }, { width: 30 }, { width: 12 }, { width: 8 }, { width: 14 }, { width: 30 }] },
    { data: relations, sheet: '关系', columns: [{ width: 14 }, { width: 24 }, { width: 18 }, { width: 28 }, { width: 18 }, { width: 28 }, { width: 14 }, { width: 12 }, { width: 16 }, { width: 40 }] },
  ]).toBlob();
}
