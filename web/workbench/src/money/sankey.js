// A money trail as a Sankey diagram: one node per account (named by its holder), one link per
// pair of accounts with the transfers behind it. A Sankey must not loop: a transfer back to an
// account already upstream is listed apart as money flowing back.

export function sankeyOf(trail) {
  const accounts = new Map(trail.accounts.map((a) => [a.account.id, a]));
  const flagged = new Map();
  for (const d of trail.discrepancies) if (d.accountId) flagged.set(d.accountId, d);
  const names = new Map();
  const label = (id) => {
    if (names.has(id)) return names.get(id);
    const a = accounts.get(id);
    const base = a ? (a.holder ? a.holder.name : a.account.name) : id;
    // Two accounts of one holder need two names.
    let name = base;
    for (let i = 2; [...names.values()].includes(name); i++) name = `${base}（${i}）`;
    names.set(id, name);
    return name;
  };
  const transfers = trail.graph.edges
    .filter((e) => e.type === 'TRANSFER')
    .map((e) => {
      const p = Object.fromEntries(e.properties.map((x) => [x.name, x.value]));
      return { id: e.id, from: e.from, to: e.to, amount: Number(p.amount || 0), date: p.date || '', purpose: p.purpose || p.kindZh || p.kind || '' };
    })
    .sort((a, b) => a.date.localeCompare(b.date));

  // Keep the links that do not close a loop (depth-first over what is kept so far).
  const out = new Map();
  const reaches = (a, b, seen = new Set()) => {
    if (a === b) return true;
    if (seen.has(a)) return false;
    seen.add(a);
    for (const next of out.get(a) || []) if (reaches(next, b, seen)) return true;
    return false;
  };
  const links = new Map();
  const cycles = [];
  for (const t of transfers) {
    const key = t.from + '>' + t.to;
    if (!links.has(key)) {
      if (t.from === t.to || reaches(t.to, t.from)) {
        cycles.push({ ...t, sourceName: label(t.from), targetName: label(t.to) });
        continue;
      }
      if (!out.has(t.from)) out.set(t.from, new Set());
      out.get(t.from).add(t.to);
      links.set(key, { source: label(t.from), target: label(t.to), sourceName: label(t.from), targetName: label(t.to), value: 0, transfers: [] });
    }
    const link = links.get(key);
    link.value += t.amount;
    link.transfers.push(t);
  }
  const used = new Set([...links.values()].flatMap((l) => [l.source, l.target]));
  // A node's throughput; small ones keep their tooltip but lose their label, which would overlap.
  const through = new Map();
  for (const l of links.values()) {
    through.set(l.source, (through.get(l.source) || 0) + l.value);
    through.set(l.target, (through.get(l.target) || 0) + l.value);
  }
  const largest = Math.max(1, ...through.values());
  const nodes = [...names.entries()]
    .filter(([, name]) => used.has(name))
    .map(([id, name]) => {
      const a = accounts.get(id);
      const d = flagged.get(id);
      return {
        name,
        title: d ? `⚠ ${name}` : name,
        ...((through.get(name) || 0) < largest * 0.03 ? { label: { show: false } } : {}),
        received: a?.received,
        paidOut: a?.paidOut,
        itemStyle: { color: d ? '#c62828' : colour(a?.level), borderColor: d ? '#7f0000' : undefined },
      };
    });
  return { nodes, links: [...links.values()], cycles };
}

function colour(level) {
  return { CITY: '#1d5fa8', COUNTY: '#3f7fc4', TOWNSHIP: '#6fa3d8', VILLAGE: '#9cc3ea', COMPANY: '#2e7d32', PERSON: '#e07b00' }[level] || '#78909c';
}
