// The levelled layout: administrative levels as rows, 市 at the top, then 县, 乡, 村; what
// has no level (persons, companies, accounts ...) in a row below, each near the average
// position of its neighbours on the rows above, so a person sits under the organization
// they hold a position at.
import { LEVEL_ROW } from './graphStyle.js';

const ROW_GAP = 220;
const COL_GAP = 90;

export function levelledPositions(cy) {
  const nodes = cy.nodes('[!compound]:visible');
  const rows = [[], [], [], [], []];
  nodes.forEach((n) => rows[LEVEL_ROW[n.data('level')] ?? 4].push(n));
  const x = {};
  rows.forEach((row, r) => {
    // Order a row by the barycentre of its neighbours already placed (a single sweep).
    const key = (n) => {
      const placed = n.neighborhood('node:visible').filter((m) => x[m.id()] !== undefined);
      return placed.length ? placed.reduce((s, m) => s + x[m.id()], 0) / placed.length : Number.MAX_SAFE_INTEGER;
    };
    const keyed = row.map((n) => [key(n), n.data('name') || '', n]);
    keyed.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1], 'zh'));
    // The last row may be long: wrap it into several lines.
    const perLine = r === 4 ? Math.max(10, Math.ceil(Math.sqrt(keyed.length) * 2)) : keyed.length;
    keyed.forEach(([, , n], i) => {
      x[n.id()] = (i % perLine) * COL_GAP - ((Math.min(perLine, keyed.length) - 1) * COL_GAP) / 2;
    });
  });
  const positions = {};
  rows.forEach((row, r) => {
    const perLine = r === 4 ? Math.max(10, Math.ceil(Math.sqrt(row.length) * 2)) : row.length;
    const sorted = [...row].sort((a, b) => x[a.id()] - x[b.id()]);
    sorted.forEach((n, i) => {
      positions[n.id()] = { x: x[n.id()], y: r * ROW_GAP + Math.floor(i / perLine) * 70 };
    });
  });
  return positions;
}
