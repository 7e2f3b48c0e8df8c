import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, signIn, shot, layoutSettled, clickNode, unzip, api, USERS } from '../browser.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

test('search 交通运输局 → entity card → network → expand → path to another entity with its sentence', async () => {
  const { page, context, foreign, bodies } = await openPage(browser);
  await signIn(page, USERS.analyst);
  await page.fill('input[name=q]', '交通运输局');
  await page.click('form[role=search] button[type=submit]');
  await page.waitForSelector('[data-test=search-results] a.hit', { timeout: 90000 });
  const names = await page.locator('[data-test=search-results] a.hit').allTextContents();
  assert.ok(names.length >= 6, 'the city and the county transport bureaus');
  assert.ok(names.slice(0, 6).every((n) => n.endsWith('交通运输局')), 'the six bureaus rank first: ' + names.join(','));
  await shot(page, '02-search');

  await page.click('a.hit:text("清溪县交通运输局")');
  await page.waitForSelector('[data-test=entity-name]', { timeout: 90000 });
  assert.equal(await page.textContent('[data-test=entity-name]'), '清溪县交通运输局');
  assert.ok((await page.locator('[data-test=link-group]').count()) >= 2, 'links grouped by type');
  assert.match(await page.textContent('[data-test=provenance]'), /版本/);
  await shot(page, '03-entity-card');

  await page.click('[data-test=open-network]');
  await page.waitForFunction(() => window.__workbench?.cy?.nodes().length > 3, null, { timeout: 90000 });
  await layoutSettled(page);
  const drawn = await page.evaluate(() => window.__workbench.cy.nodes().length);
  assert.match(await page.textContent('[data-test=message]'), /新增 \d+ 个实体/);

  // Expand a neighbour by the toolbar: the picture grows.
  // A drawn official whose own neighbourhood holds something not drawn yet (one whose every
  // tie is already in the picture would rightly add nothing).
  const people = await page.evaluate(() => {
    const cy = window.__workbench.cy;
    return cy.getElementById('ORG-QX-JTJ').neighborhood('node[kind = "Person"]').map((n) => n.id());
  });
  const shown = new Set(await page.evaluate(() => window.__workbench.cy.nodes().map((n) => n.id())));
  let neighbour = null;
  for (const id of people) {
    const around = await api(USERS.analyst, `{ neighbourhood(ids: ["${id}"], hops: 1, limit: 100) { nodes { id } } }`);
    if (around.neighbourhood.nodes.some((n) => !shown.has(n.id))) {
      neighbour = id;
      break;
    }
  }
  assert.ok(neighbour, 'an official of the bureau with ties not yet drawn');
  await clickNode(page, neighbour);
  await page.click('[data-test=expand]');
  await page.waitForFunction((n) => window.__workbench.cy.nodes().length > n, drawn, { timeout: 90000 });
  await layoutSettled(page);

  // Add the city bureau and ask for the paths between the two bureaus.
  await page.fill('[data-test=picker]', '黔安市交通运输局');
  await page.click('[data-test=picker-hit]:has-text("黔安市交通运输局")');
  await page.waitForFunction(() => window.__workbench.cy.getElementById('ORG-QA-JTJ').nonempty(), null, { timeout: 90000 });
  await layoutSettled(page);
  // Select the two bureaus through the graph itself: a click at a node's centre can land on a
  // neighbour drawn over it in a dense picture.
  await page.evaluate(() => {
    const cy = window.__workbench.cy;
    cy.$(':selected').unselect();
    cy.getElementById('ORG-QX-JTJ').select();
    cy.getElementById('ORG-QA-JTJ').select();
  });
  await page.click('[data-test=paths]');
  const sentence = await page.waitForSelector('[data-test=path-sentence]', { timeout: 90000 });
  const text = await sentence.textContent();
  assert.ok(text.includes('清溪县交通运输局') && text.includes('黔安市交通运输局'), text);
  assert.match(text, /—[^—]+→|←[^—]+—/, 'read in Chinese, each relationship an arrow with its term: ' + text);
  assert.doesNotMatch(text, / is | has /, 'no English phrase: ' + text);
  await layoutSettled(page);
  await shot(page, '04-network-path');

  await page.click('[data-test=levelled]');
  await page.waitForTimeout(500);
  await shot(page, '05-network-levelled');

  // Export what is drawn.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export-csv]')]);
  assert.match(csv.suggestedFilename(), /^关系图谱-.*\.csv$/);
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export-png]')]);
  assert.match(png.suggestedFilename(), /\.png$/);
  const [svg] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export-svg]')]);
  assert.match(svg.suggestedFilename(), /\.svg$/);
  // What is drawn as an Excel workbook: a sheet of entities and one of relationships, in Chinese.
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export-xlsx]')]);
  assert.match(xlsx.suggestedFilename(), /^关系图谱-.*\.xlsx$/);
  const book = unzip(readFileSync(await xlsx.path()));
  assert.match(book['xl/workbook.xml'], /name="实体"[\s\S]*name="关系"/);
  const sheets = Object.entries(book).filter(([n]) => n.startsWith('xl/')).map(([, t]) => t).join('');
  const counted = await page.evaluate(() => ({ nodes: window.__workbench.cy.nodes('[!compound]:visible').length, edges: window.__workbench.cy.edges(':visible').length }));
  assert.equal((book['xl/worksheets/sheet1.xml'].match(/<row /g) || []).length, counted.nodes + 1, 'a row per drawn entity and a header');
  assert.equal((book['xl/worksheets/sheet2.xml'].match(/<row /g) || []).length, counted.edges + 1, 'a row per drawn relationship and a header');
  assert.ok(sheets.includes('清溪县交通运输局') && sheets.includes('任职'), 'names and relationship types in Chinese');

  // Undo takes the last step back.
  const before = await page.evaluate(() => window.__workbench.cy.nodes().length);
  await page.click('[data-test=undo]');
  const afterUndo = await page.evaluate(() => window.__workbench.cy.nodes().length);
  assert.ok(afterUndo <= before);

  assert.deepEqual(foreign, [], 'nothing loaded from elsewhere');
  assert.ok(!bodies.some((b) => b.url === 'pageerror'), bodies.filter((b) => b.url === 'pageerror').map((b) => b.body).join('\n'));
  await context.close();
});

test('officials’ positions and kin read as an analyst reads them; grouping and ungrouping', async () => {
  const { page, context } = await openPage(browser);
  await signIn(page, USERS.analyst);
  // 王某某 (PER-S6-WANG): a deputy head of the water bureau, his wife and her brother (the sample's story 6).
  await page.goto(page.url().split('#')[0] + '#/network?open=PER-S6-WANG');
  await page.waitForFunction(() => window.__workbench?.cy?.edges('.kin').length > 0, null, { timeout: 90000 });
  await layoutSettled(page);
  const labels = await page.evaluate(() => {
    const cy = window.__workbench.cy;
    return {
      kin: cy.edges('.kin').map((e) => e.data('label')),
      positions: cy.edges('[type = "HOLDS_POSITION"]').map((e) => e.data('label')),
    };
  });
  assert.ok(labels.kin.includes('配偶'), 'kin by its Chinese term: ' + labels.kin.join(','));
  assert.ok(labels.positions.some((l) => /副局长 \d{4}\.\d{2}–(\d{4}\.\d{2}|至今)/.test(l)), 'a position with its period: ' + labels.positions.join(','));
  const legend = await page.textContent('[data-test=legend]');
  assert.match(legend, /亲属/);
  assert.match(legend, /任职：正职/);
  // Kin and positions are told by their own keys, not listed again by type.
  assert.equal(legend.match(/亲属（/g).length, 1, 'the kin key once in the legend: ' + legend);
  assert.equal(legend.match(/任职：正职/g).length, 1, 'the position key once in the legend: ' + legend);
  assert.doesNotMatch(legend, /亲属\/关系人/);
  // Group the person with his wife, then ungroup them.
  const wife = await page.evaluate(() => window.__workbench.cy.edges('.kin').first().connectedNodes().map((n) => n.id()));
  await page.evaluate((ids) => {
    const cy = window.__workbench.cy;
    cy.$(':selected').unselect();
    for (const id of ids) cy.getElementById(id).select();
  }, wife);
  await page.click('[data-test=group]');
  assert.deepEqual(await page.evaluate(() => window.__workbench.cy.nodes('[?compound]').children().map((n) => n.id()).sort()), [...wife].sort());
  await page.waitForTimeout(300);
  await shot(page, '05b-network-kin-group');
  await page.click('[data-test=ungroup]');
  assert.equal(await page.evaluate(() => window.__workbench.cy.nodes('[?compound]').length), 0, 'ungrouped');
  await page.click('[data-test=undo]');
  assert.equal(await page.evaluate(() => window.__workbench.cy.nodes('[?compound]').length), 1, 'undo brings the group back');
  await context.close();
});

test('the money trail of a sample fund with its discrepancy marked', async () => {
  const { page, context } = await openPage(browser);
  await signIn(page, USERS.analyst);
  await page.click('nav a:text("资金流向")');
  await page.fill('input[aria-label="起点 ID"]', 'FUND-FP-2017');
  await page.selectOption('select[aria-label=层数]', '6');
  await page.click('button:text("追踪")');
  await page.waitForSelector('[data-test=discrepancies]', { timeout: 90000 });
  const discrepancies = await page.textContent('[data-test=discrepancies]');
  assert.match(discrepancies, /拨付不足|资金滞留|流入个人账户/);
  await page.waitForSelector('[data-test=sankey] canvas', { timeout: 90000 });
  await page.waitForTimeout(800);
  // Clicking a link of the flow lists the transfers behind it: the widest link, clicked at its middle.
  const link = await page.evaluate(() => {
    const chart = window.__workbench.sankey;
    const series = chart.getModel().getSeriesByIndex(0);
    const graph = series.getGraph();
    let widest = null;
    graph.eachEdge((e) => {
      if (!widest || e.getLayout().dy > widest.getLayout().dy) widest = e;
    });
    const [s, t, l, view] = [widest.node1.getLayout(), widest.node2.getLayout(), widest.getLayout(), series.layoutInfo];
    const box = chart.getDom().getBoundingClientRect();
    const x = view.x + (s.x + s.dx + t.x) / 2;
    const y = view.y + (s.y + l.sy + t.y + l.ty) / 2 + l.dy / 2;
    return { x: box.left + x, y: box.top + y, transfers: series.getData('edge').getRawDataItem(widest.dataIndex).transfers.length };
  });
  await page.mouse.click(link.x, link.y);
  await page.waitForSelector('[data-test=transfers]', { timeout: 30000 });
  assert.equal(await page.locator('[data-test=transfers] tbody tr').count(), link.transfers, 'one row per transfer behind the link');
  assert.match(await page.textContent('[data-test=transfers] h3'), / → .*：\d+ 笔，¥/);
  await shot(page, '06-money-trail');
  await context.close();
});
