import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, signIn, shot, layoutSettled, clickNode, USERS } from '../browser.mjs';

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
  const neighbour = await page.evaluate(() => {
    const cy = window.__workbench.cy;
    return cy.getElementById('ORG-QX-JTJ').neighborhood('node[kind = "Person"]').first().id();
  });
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

  // Undo takes the last step back.
  const before = await page.evaluate(() => window.__workbench.cy.nodes().length);
  await page.click('[data-test=undo]');
  const afterUndo = await page.evaluate(() => window.__workbench.cy.nodes().length);
  assert.ok(afterUndo <= before);

  assert.deepEqual(foreign, [], 'nothing loaded from elsewhere');
  assert.ok(!bodies.some((b) => b.url === 'pageerror'), bodies.filter((b) => b.url === 'pageerror').map((b) => b.body).join('\n'));
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
  await shot(page, '06-money-trail');
  await context.close();
});
