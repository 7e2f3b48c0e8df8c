// Workbench figures for docs/benchmarks.md: bundle size; a drawn graph of 2,000 nodes and 5,000
// edges in headless Chromium; expanding a node on the sample; the first screen after sign-in.
// Usage: BASE_URL=… ADMIN_PASSWORD=… node bench.mjs   (against a started `demo` jar)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { launch, openPage, BASE_URL, USERS, layoutSettled } from './browser.mjs';

const assets = fileURLToPath(new URL('../../src/main/resources/static/workbench/assets/', import.meta.url));
const bundle = readdirSync(assets).map((name) => {
  const bytes = readFileSync(join(assets, name));
  return { name, bytes: statSync(join(assets, name)).size, gzip: gzipSync(bytes).length };
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

const browser = await launch();
const { page } = await openPage(browser);

// First screen: from pressing 登录 to the search page ready for input.
const firstScreen = [];
for (let i = 0; i < 3; i++) {
  await page.context().clearCookies();
  await page.goto(BASE_URL + '/');
  await page.fill('input[name=username]', USERS.analyst.name);
  await page.fill('input[name=password]', USERS.analyst.password);
  const t0 = Date.now();
  await page.click('button[type=submit]');
  await page.waitForSelector('input[name=q]');
  firstScreen.push(Date.now() - t0);
}

// 2,000 nodes / 5,000 edges, drawn by the workbench's own stylesheet.
await page.goto(BASE_URL + '/#/network');
await page.waitForFunction(() => window.__workbench?.cy);
const render = await page.evaluate(async () => {
  const cy = window.__workbench.cy;
  let seed = 7;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const kinds = ['Organization', 'Person', 'Company', 'Account'];
  // In the API's shape, drawn through the page's own merge (as a reopened investigation is:
  // positions known, no layout run), so the figure is the page's, not cytoscape's alone.
  const nodes = [];
  const positions = {};
  for (let i = 0; i < 2000; i++) {
    nodes.push({ id: 'n' + i, kind: kinds[i % 4], name: '测试实体' + i });
    positions['n' + i] = { x: rnd() * 4000, y: rnd() * 3000 };
  }
  const edges = [];
  for (let i = 0; i < 5000; i++) {
    const a = Math.floor(rnd() * 2000);
    let b = Math.floor(rnd() * 2000);
    if (b === a) b = (a + 1) % 2000;
    const type = ['TRANSFER', 'HOLDS_POSITION', 'RELATED_TO', 'COMPANY_ROLE'][i % 4];
    const properties = type === 'TRANSFER' ? [{ name: 'amount', value: String(1000 + i) }] : type === 'RELATED_TO' ? [{ name: 'relation', value: 'SPOUSE' }] : [];
    edges.push({ type, typeZh: type, from: 'n' + a, to: 'n' + b, id: 'e' + i, properties });
  }
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  // Three draws (the picture cleared between them); the median is reported.
  const draws = [];
  for (let i = 0; i < 3; i++) {
    cy.elements().remove();
    await frame();
    const t0 = performance.now();
    window.__workbench.merge({ nodes, edges }, positions);
    window.__workbench.fitView(30);
    await frame();
    draws.push(Math.round(performance.now() - t0));
  }
  const drawn = [...draws].sort((a, b) => a - b)[1];
  // Usable: frames while panning and zooming.
  const frames = [];
  let last = performance.now();
  for (let i = 0; i < 30; i++) {
    cy.panBy({ x: 15, y: 8 });
    if (i % 5 === 0) cy.zoom({ level: cy.zoom() * 1.1, renderedPosition: { x: 400, y: 300 } });
    await new Promise((r) => requestAnimationFrame(r));
    const now = performance.now();
    frames.push(now - last);
    last = now;
  }
  const t1 = performance.now();
  await new Promise((resolve) => {
    const layout = cy.layout({ name: 'fcose', quality: 'draft', randomize: true, animate: false, fit: true });
    layout.one('layoutstop', resolve);
    layout.run();
  });
  await frame();
  const layout = performance.now() - t1;
  const n = cy.nodes().length;
  const m = cy.edges().length;
  cy.elements().remove();
  frames.sort((a, b) => a - b);
  return { nodes: n, edges: m, drawnMs: Math.round(drawn), draws, frameMedianMs: Math.round(frames[15]), frameP95Ms: Math.round(frames[28]), forceLayoutMs: Math.round(layout) };
});

// Expanding a node on the sample, through the page (request, merge, draw) and the request alone.
const expand = { page: [], request: [] };
for (const id of ['ORG-QX-JTJ', 'ORG-QA-JTJ', 'PER-S6-BRO', 'ORG-LQ-SLJ', 'CO-S8-HX', 'PER-0020']) {
  await page.goto(BASE_URL + '/#/network?open=' + id);
  await page.reload();
  await page.waitForFunction(() => window.__workbench?.lastExpandMs !== undefined, null, { timeout: 60000 });
  await layoutSettled(page);
  expand.page.push(await page.evaluate(() => window.__workbench.lastExpandMs));
  const request = await page.evaluate(async (start) => {
    const token = document.cookie.match(/XSRF-TOKEN=([^;]*)/)[1];
    const t0 = performance.now();
    await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': token, 'X-Requested-With': 'XMLHttpRequest' },
      body: JSON.stringify({ query: `{ neighbourhood(id: "${start}", limit: 100) { nodes { id kind name } edges { type typeZh from to id properties { name value } } } }` }),
    }).then((r) => r.json());
    return performance.now() - t0;
  }, id);
  expand.request.push(Math.round(request));
}
await browser.close();

console.log(JSON.stringify({
  date: new Date().toISOString(),
  bundle,
  bundleTotal: { bytes: bundle.reduce((s, f) => s + f.bytes, 0), gzip: bundle.reduce((s, f) => s + f.gzip, 0) },
  firstScreenMs: { median: median(firstScreen), all: firstScreen },
  render,
  expandMs: { pageMedian: median(expand.page), pageP95: p95(expand.page), requestMedian: median(expand.request), page: expand.page, request: expand.request },
}, null, 2));
