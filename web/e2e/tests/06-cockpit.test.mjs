// 领导驾驶舱: the numbers the page shows are the API's for the same role; a number opens exactly the records it
// counts; an inspector's cockpit counts only what the inspector may see.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, signIn, shot, USERS, BASE_URL } from '../browser.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

async function gql(user, query, variables) {
  const response = await fetch(BASE_URL + '/graphql', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(user.name + ':' + user.password).toString('base64'),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const FIELDS = {
  PROBLEMS_FOUND: 'problemsFound', FED_BACK: 'fedBack', LEADS: 'leads', CASES: 'cases', PEOPLE_IN_CASES: 'peopleInCases',
  SANCTIONS: 'sanctions', PEOPLE_SANCTIONED: 'peopleSanctioned', JUDICIAL_TRANSFERS: 'judicialTransfers',
  RECTIFIED: 'rectified', RULES_REVISED: 'rulesRevised', ADMONITIONS: 'admonitions',
};

async function cockpit(user) {
  const { page, context, bodies, foreign } = await openPage(browser);
  await signIn(page, user);
  await page.click('nav a:text("领导驾驶舱")');
  await page.waitForSelector('[data-test=figure-table] [data-figure=LEADS]', { timeout: 180000 });
  const termId = await page.inputValue('[data-test=term]');
  const shown = {};
  for (const figure of Object.keys(FIELDS)) {
    shown[figure] = Number((await page.textContent(`[data-figure=${figure}]`)).trim());
  }
  return { page, context, bodies, foreign, termId, shown };
}

async function figures(user, termId) {
  return (await gql(user, `query($t: ID) { figures(termId: $t) { ${Object.values(FIELDS).join(' ')} rectificationRate rateDefinitionZh } }`,
    { t: termId })).figures;
}

async function records(user, figure, termId) {
  const r = await gql(user, 'query($f: FigureKind!, $t: ID) { figureRecords(figure: $f, termId: $t) { totalCount records { id } } }',
    { f: figure, t: termId });
  return r.figureRecords;
}

async function drillDown(page, figure) {
  await page.click(`[data-figure=${figure}]`);
  await page.waitForSelector(`[data-test=drill][data-figure=${figure}]`, { timeout: 60000 });
  const count = Number((await page.textContent('[data-test=drill-count]')).trim());
  const ids = await page.$$eval('[data-test=drill-record]', (rows) => rows.map((r) => r.dataset.id));
  return { count, ids };
}

test('the cockpit shows the API’s figures for the administrator, and a number opens exactly its records', async () => {
  const { page, context, foreign, termId, shown } = await cockpit(USERS.admin);
  const api = await figures(USERS.admin, termId);
  for (const [figure, field] of Object.entries(FIELDS)) assert.equal(shown[figure], api[field], figure);
  assert.match(await page.textContent('[data-test=rate-definition]'), new RegExp(api.rateDefinitionZh));
  for (const figure of ['LEADS', 'RECTIFIED']) {
    const { count, ids } = await drillDown(page, figure);
    const expected = await records(USERS.admin, figure, termId);
    assert.equal(count, api[FIELDS[figure]], `${figure}: the drill-down counts what the figure counts`);
    assert.deepEqual(ids.sort(), expected.records.map((r) => r.id).sort(), `${figure}: exactly the counted records`);
    assert.equal(ids.length, count);
  }
  await page.waitForFunction(() => (window.__workbench?.cockpitCharts || []).length === 2, null, { timeout: 30000 });
  await page.waitForTimeout(500);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: new URL('../out/20-cockpit.png', import.meta.url).pathname, fullPage: true });
  assert.deepEqual(foreign, [], 'nothing requested from another origin');
  await context.close();
});

test('an inspector’s cockpit counts only what the inspector may see', async () => {
  const { page, context, bodies, termId, shown } = await cockpit(USERS.inspector);
  const mine = await figures(USERS.inspector, termId);
  const all = await figures(USERS.admin, termId);
  for (const [figure, field] of Object.entries(FIELDS)) assert.equal(shown[figure], mine[field], figure);
  assert.ok(mine.leads <= all.leads && mine.cases <= all.cases, 'never more than the administrator');
  const { count, ids } = await drillDown(page, 'LEADS');
  assert.equal(count, mine.leads);
  const expected = await records(USERS.inspector, 'LEADS', termId);
  assert.deepEqual(ids.sort(), expected.records.map((r) => r.id).sort());
  const hidden = (await records(USERS.admin, 'LEADS', termId)).records.map((r) => r.id).filter((id) => !ids.includes(id));
  for (const id of hidden) {
    assert.ok(!bodies.some((b) => b.body.includes(id)), `the hidden lead ${id} is in no answer the page received`);
  }
  await shot(page, '21-cockpit-inspector');
  await context.close();
});
