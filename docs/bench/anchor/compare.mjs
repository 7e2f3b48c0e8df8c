// Ours against the anchor, same queries, alternating rounds; checks both return the same ids first.
// Usage: node compare.mjs OURS_URL OURS_USER OURS_PASSWORD ANCHOR_URL [rounds] [warmUp]
const [ours, user, password, anchor, roundsArg, warmArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 100), warmUp = Number(warmArg ?? 100);
const auth = "Basic " + Buffer.from(`${user}:${password}`).toString("base64");
const levels = ["COUNTY", "TOWNSHIP", "VILLAGE"];
const queries = [
  {
    name: "page of 100 organizations → positions → person",
    ours: (l) => `{ organizations(first: 100, filter: {level: [${l}]}, sort: [{field: "id"}]) { nodes { id name positions { title person { id name } } } } }`,
    anchor: (l) => `{ organizations(limit: 100, where: {level: {eq: "${l}"}}, sort: [{id: ASC}]) { id name positionsConnection { edges { properties { title } node { id name } } } } }`,
    oursIds: (d) => d.organizations.nodes.flatMap((o) => [o.id, ...o.positions.map((p) => p.person.id).sort()]),
    anchorIds: (d) => d.organizations.flatMap((o) => [o.id, ...o.positionsConnection.edges.map((e) => e.node.id).sort()]),
  },
];
async function post(url, query, withAuth) {
  const t0 = process.hrtime.bigint();
  const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json", ...(withAuth ? { Authorization: auth } : {}) }, body: JSON.stringify({ query }) });
  const body = await res.json();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors[0])}`);
  return { ms, data: body.data };
}
const p = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((q / 100) * s.length) - 1)]; };
for (const q of queries) {
  for (const l of levels) {
    const a = q.oursIds((await post(ours, q.ours(l), true)).data), b = q.anchorIds((await post(anchor, q.anchor(l), false)).data);
    if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${q.name} (${l}): different ids (${a.length} against ${b.length})`);
  }
  const times = { ours: [], anchor: [] };
  for (let i = 0; i < warmUp + rounds; i++) {
    const l = levels[i % levels.length];
    const order = i % 2 === 0 ? ["ours", "anchor"] : ["anchor", "ours"];
    for (const side of order) {
      const r = side === "ours" ? await post(ours, q.ours(l), true) : await post(anchor, q.anchor(l), false);
      if (i >= warmUp) times[side].push(r.ms);
    }
  }
  console.log(`| ${q.name} | ${p(times.ours, 50).toFixed(1)} / ${p(times.ours, 95).toFixed(1)} | ${p(times.anchor, 50).toFixed(1)} / ${p(times.anchor, 95).toFixed(1)} | ${(p(times.ours, 50) / p(times.anchor, 50)).toFixed(2)} |`);
}
