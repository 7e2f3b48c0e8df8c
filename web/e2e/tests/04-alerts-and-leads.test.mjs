import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, signIn, shot, USERS, api } from '../browser.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

test('alerts: run a rule, draw an alert’s evidence, dismiss it with a reason; a rerun adds nothing', async () => {
  const { page, context } = await openPage(browser);
  await signIn(page, USERS.analyst);
  await page.click('nav a:text("预警")');
  await page.waitForSelector('select[aria-label=规则] option', { timeout: 90000 });
  const rule = 'SPLIT_CONTRACTS';
  assert.equal((await page.textContent(`select[aria-label=规则] option[value=${rule}]`)).trim(), '化整为零规避招标');
  await page.selectOption('select[aria-label=规则]', rule);
  await page.click('[data-test=run-rules]');
  const first = await (await page.waitForSelector('[data-test=run-result]', { timeout: 60000 })).textContent();
  await page.waitForSelector('[data-test=alert-row]', { timeout: 90000 });
  await page.click('[data-test=alert-row]');
  await page.waitForFunction(() => window.__workbench?.evidence?.nodes().length > 1, null, { timeout: 60000 });
  await page.waitForTimeout(300);
  await shot(page, '09-alerts');
  await page.fill('input[aria-label=排除理由]', '经核实为正常分包，不属于规避招标');
  await page.click('[data-test=dismiss]');
  await page.waitForFunction(() => document.querySelector('.detail')?.textContent.includes('已排除'), null, { timeout: 90000 });
  assert.match(await page.textContent('.detail'), /经核实为正常分包/);
  // Run again: nothing new.
  await page.click('[data-test=run-rules]');
  assert.match(first, /命中 [1-9]\d* 条/);
  await page.waitForFunction(() => /新增预警 0/.test(document.querySelector('[data-test=run-result]')?.textContent || ''), null, { timeout: 60000 });
  const alerts = await api(USERS.analyst, `{ alerts(rule: "${rule}", first: 200) { id status reason } }`);
  const ids = alerts.alerts.map((a) => a.id);
  assert.equal(new Set(ids).size, ids.length, 'no duplicate alert');
  assert.ok(alerts.alerts.some((a) => a.status === 'DISMISSED' && a.reason.includes('正常分包')));
  await context.close();
});

test('lead board: the inspector sees the joint inspection’s leads, corroborations with their path, and only allowed next steps', async () => {
  const { page, context, bodies } = await openPage(browser);
  await signIn(page, USERS.inspector);
  await page.click('nav a:text("联动线索看板")');
  await page.waitForSelector('[data-test=lead-row]', { timeout: 90000 });
  const rows = await page.locator('[data-test=lead-row] .title').allTextContents();
  assert.ok(rows.some((r) => r.includes('恒兴公司')), rows.join(','));
  await page.click('[data-test=lead-row][data-id="LEAD-S8-01"]');
  await page.waitForSelector('[data-test=corroborations] .item', { timeout: 90000 });
  await page.waitForFunction(() => window.__workbench?.corroboration?.nodes().length > 1, null, { timeout: 60000 });
  const expected = (await api(USERS.inspector, '{ corroborations(leadId: "LEAD-S8-01") { linked { lead { id name } } } }')).corroborations.linked;
  const shown = await page.locator('[data-test=corroborations] .item > div:first-child').allTextContents();
  assert.deepEqual(shown, expected.map((c) => c.lead.name), 'the corroborating leads the API gives this inspector, in its order');
  const lead = (await api(USERS.inspector, '{ leads(filter: {ids: ["LEAD-S8-01"]}) { nodes { nextStatuses } } }')).leads.nodes[0];
  const offered = await page.$$eval('[data-test=next-status] option', (os) => os.map((o) => o.value));
  assert.deepEqual(offered, lead.nextStatuses, 'exactly the transitions the lifecycle allows next');
  // Every question the page asked was a valid one (a field the API dropped once left the board empty).
  const refused = bodies.filter((b) => b.url.endsWith('/graphql') && /"errors"\s*:/.test(b.body));
  assert.deepEqual(refused.map((b) => b.body.slice(0, 300)), []);
  await page.waitForTimeout(300);
  await shot(page, '10-lead-board');
  await context.close();
});

test('lead board: the administrator shares a lead from the board and moves it to its next status', async () => {
  const { page, context } = await openPage(browser);
  await signIn(page, USERS.admin);
  await page.click('nav a:text("联动线索看板")');
  await page.waitForSelector('[data-test=lead-row]', { timeout: 90000 });
  const open = (await api(USERS.admin, '{ leads(filter: {status: [OPEN]}, first: 1) { nodes { id name nextStatuses } } }')).leads.nodes[0];
  assert.ok(open, 'an open lead in the sample');
  await page.click(`[data-test=lead-row][data-id="${open.id}"]`);
  await page.waitForSelector('[data-test=share]', { timeout: 90000 });
  const team = await page.$$eval('select[aria-label=共享给] option', (os) => os.map((o) => o.value).filter(Boolean)[3]);
  await page.selectOption('select[aria-label=共享给]', team);
  await page.fill('input[aria-label=共享说明]', '请协助核查');
  await page.click('[data-test=share]');
  await page.waitForSelector('[data-test=notice]:has-text("已共享")', { timeout: 90000 });
  await page.selectOption('[data-test=next-status]', open.nextStatuses[0]);
  if (open.nextStatuses[0] === 'TRANSFER_PROPOSED') await page.fill('input[placeholder="如 ORG-QA-JW"]', 'ORG-QA-JW');
  await page.fill('input[aria-label=处置理由]', '经研判移交市纪委监委');
  await page.click('[data-test=transition]');
  await page.waitForSelector('[data-test=notice]:has-text("已变更为")', { timeout: 90000 });
  const after = (await api(USERS.admin, `{ leads(filter: {ids: ["${open.id}"]}) { nodes { status sharedWith { team { id } } history { reason } } } }`)).leads.nodes[0];
  assert.notEqual(after.status, 'OPEN');
  assert.ok(after.sharedWith.some((s) => s.team.id === team));
  assert.ok(after.history.some((h) => h.reason === '经研判移交市纪委监委'));
  if (await page.locator('[data-test=history]').count()) {
    assert.match(await page.textContent('[data-test=history]'), /经研判移交市纪委监委/, 'the step is in the history on the board');
  }
  await shot(page, '11-lead-board-admin');
  await context.close();
});
