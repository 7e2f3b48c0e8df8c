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
