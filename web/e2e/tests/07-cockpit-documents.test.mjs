// 领导驾驶舱, documents and drill-downs (#14): every table to Excel from the page (a real xlsx with its Chinese
// headers and the filter stated), the term's Word report, a round chosen, a county's coverage, the overdue tasks and
// failed revisits opened as exactly the tasks counted, systemic issues with their hand-overs to the regulator, and the
// 报送数 form offered by role. The inspector's lists hold only what the inspector may see.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, signIn, shot, unzip, USERS, BASE_URL, OUT } from '../browser.mjs';

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

async function cockpit(user) {
  const { page, context, bodies, foreign } = await openPage(browser);
  await signIn(page, user);
  await page.click('nav a:text("领导驾驶舱")');
  try {
    await page.waitForSelector('[data-test=figure-table] [data-figure=LEADS]', { timeout: 180000 });
    await page.waitForSelector('[data-test=rates-by-round] tbody tr', { timeout: 60000 });
  } catch (e) {
    await shot(page, `cockpit-not-shown-${user.name}`);
    throw new Error(`${e.message}; the page says: ${await page.textContent('[data-test=cockpit]').catch(() => '?')}`);
  }
  const termId = await page.inputValue('[data-test=term]');
  return { page, context, bodies, foreign, termId };
}

/** Clicks an export button and reads the file the browser saved: its name, its bytes, its parts. */
async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120000 }), page.click(selector)]);
  const bytes = readFileSync(await file.path());
  await file.saveAs(OUT + file.suggestedFilename());
  return { name: file.suggestedFilename(), bytes, parts: unzip(bytes) };
}

/** The text cells of an xlsx's first sheet (shared strings, as POI writes them). */
function strings(parts) {
  return [...parts['xl/sharedStrings.xml'].matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
}

async function rates(user, termId) {
  return (await gql(user, `query($t: ID) { rectificationRates(by: ROUND, termId: $t) { key label tasks overdue failedVerifications } }`,
    { t: termId })).rectificationRates;
}

async function ledger(user, records, termId, key) {
  return (await gql(user, `query($r: LedgerRecordKind!, $t: ID, $k: String) {
      ledgerRecords(records: $r, termId: $t, by: ROUND, key: $k) { totalCount counted tasks { task { id } failedVerifications } } }`,
  { r: records, t: termId, k: key })).ledgerRecords;
}

/** The sample's terms, in the page's order. */
async function termIds(user) {
  return (await gql(user, '{ terms(first: 100) { nodes { id } } }')).terms.nodes.map((t) => t.id);
}

/** The first term (and its rates) where some row has the number asked. */
async function termWith(user, field) {
  for (const id of await termIds(user)) {
    const rows = await rates(user, id);
    const row = rows.find((r) => r[field] > 0);
    if (row) return { termId: id, row };
  }
  return {};
}

/** The first term whose committee has county committees below it (the city's). */
async function cityTerm(user) {
  const terms = (await gql(user, '{ terms(first: 100) { nodes { id committee { id } } } }')).terms.nodes;
  for (const t of terms) {
    const below = (await gql(user, 'query($u: ID) { organizations(filter: { underId: $u, orgKind: [PARTY_COMMITTEE] }, first: 5) { nodes { id } } }',
      { u: t.committee.id })).organizations.nodes.filter((o) => o.id !== t.committee.id);
    if (below.length) return t.id;
  }
  return null;
}

/** Chooses a term in the page and waits until its views are shown. */
async function chooseTerm(page, termId) {
  if ((await page.inputValue('[data-test=term]')) === termId) return;
  await page.selectOption('[data-test=term]', termId);
  const name = await page.$eval(`[data-test=term] option[value="${termId}"]`, (o) => o.textContent.split(' · ').pop().trim());
  await page.waitForFunction((n) => document.querySelector('[data-test=scope-zh]')?.textContent.includes(n), name, { timeout: 120000 });
  await page.waitForFunction(() => !document.body.textContent.includes('正在计算…'), null, { timeout: 180000 });
}

async function openLedger(page, key, records) {
  await page.click(`[data-test=rates-by-round] tr[data-round="${key}"] [data-ledger=${records}]`);
  await page.waitForSelector(`[data-test=drill][data-figure=${records}]`, { timeout: 60000 });
  const count = Number((await page.textContent('[data-test=drill-count]')).trim());
  const ids = await page.$$eval('[data-test=drill-record]', (rows) => rows.map((r) => r.dataset.id));
  return { count, ids };
}

test('every table of the cockpit downloads as a real xlsx with Chinese headers and its filter, and the term’s report as Word', async () => {
  const { page, context, foreign, termId } = await cockpit(USERS.admin);
  const term = (await gql(USERS.admin, 'query($id: ID!) { entity(id: $id) { name } }', { id: termId })).entity.name;

  const figures = await download(page, '[data-export=FIGURES]');
  assert.equal(figures.name, `巡察工作数据（${term}·本级）.xlsx`);
  assert.equal(figures.bytes.subarray(0, 2).toString(), 'PK', 'an xlsx is a zip archive');
  const cells = strings(figures.parts);
  for (const header of ['巡察工作数据', '指标', '数值', '发现问题', '整改落实率（%）']) assert.ok(cells.includes(header), header);
  assert.ok(cells.some((c) => c.startsWith(`筛选条件：termId = ${termId}（届次：${term}）；范围：本级；截至今日`)), 'the filter in the sheet');
  assert.match(await page.textContent('[data-test=export-filter]'), new RegExp(`termId = ${termId}.*范围：本级`), 'the filter stated on the page');

  const tables = {
    FIGURE_RATES: ['口径', '分子', '分母', '按反馈问题计'],
    SANCTIONS_BY_TYPE: ['种类', '形态', '人数', '人次'],
    FIGURES_BY_SECTOR: ['行业领域', '发现问题', '反馈问题'],
    FIGURES_TREND: ['巡察轮次', '完成整改'],
    FIGURES_BY_LEVEL: ['层级', '整改落实率（%）'],
    RECTIFICATION_RATES: ['巡察轮次', '整改任务', '逾期任务', '回头看未通过（次）'],
    COVERAGE: ['应巡察单位', '已巡察', '未巡察', '尚未巡察单位', '风险分'],
    SYSTEMIC_ISSUES: ['行业领域', '问题类别', '行业主管部门', '移交情况', '主管部门反馈'],
    REPORTED_FIGURES: ['报送数', '系统计算数', '差额', '核对'],
  };
  for (const [table, headers] of Object.entries(tables)) {
    const file = await download(page, `[data-export=${table}]`);
    assert.equal(file.bytes.subarray(0, 2).toString(), 'PK', table);
    assert.match(file.name, new RegExp(`（${term}·本级）\\.xlsx$`), table);
    const text = strings(file.parts);
    for (const header of headers) assert.ok(text.includes(header), `${table}: ${header}`);
  }

  const report = await download(page, '[data-test=term-report]');
  assert.equal(report.bytes.subarray(0, 2).toString(), 'PK');
  assert.match(report.name, /巡察工作情况报告\.docx$/);
  assert.ok(report.parts['word/document.xml'].includes('巡察工作情况报告'), 'the report’s title in the document');

  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, '22-cockpit-exported');
  assert.deepEqual(foreign, [], 'nothing requested from another origin');
  await context.close();
});

test('overdue tasks and failed revisits open exactly the tasks counted, and go to Excel as that list', async () => {
  const { page, context } = await cockpit(USERS.admin);
  const { termId, row: overdue } = await termWith(USERS.admin, 'overdue');
  assert.ok(overdue, 'a sample term has a round with overdue tasks');
  await chooseTerm(page, termId);
  const shown = await openLedger(page, overdue.key, 'OVERDUE');
  const api = await ledger(USERS.admin, 'OVERDUE', termId, overdue.key);
  assert.equal(shown.count, overdue.overdue, 'the drill-down counts what the row counts');
  assert.deepEqual(shown.ids.sort(), api.tasks.map((t) => t.task.id).sort(), 'exactly the counted tasks');
  await page.waitForTimeout(300);
  await shot(page, '23-cockpit-overdue');
  const file = await download(page, '[data-test=drill] [data-export=LEDGER_RECORDS]');
  assert.match(file.name, /^逾期整改任务清单（.*）\.xlsx$/);
  const text = strings(file.parts);
  for (const header of ['编号', '整改任务', '责任单位', '整改时限', '状态']) assert.ok(text.includes(header), header);
  for (const id of shown.ids) assert.ok(text.includes(id), `${id} in the workbook`);

  const failedAt = await termWith(USERS.admin, 'failedVerifications');
  assert.ok(failedAt.row, 'a sample term has a failed revisit (S7)');
  await chooseTerm(page, failedAt.termId);
  const failed = await openLedger(page, failedAt.row.key, 'FAILED_VERIFICATIONS');
  const failedApi = await ledger(USERS.admin, 'FAILED_VERIFICATIONS', failedAt.termId, failedAt.row.key);
  assert.equal(failedApi.counted, failedAt.row.failedVerifications);
  assert.deepEqual(failed.ids.sort(), failedApi.tasks.map((t) => t.task.id).sort());
  await shot(page, '23-cockpit-failed-revisit');
  await context.close();
});

test('a round can be chosen, a county’s coverage is the county’s, systemic issues open their findings and hand-overs', async () => {
  const { page, context } = await cockpit(USERS.admin);
  const termId = await cityTerm(USERS.admin);
  assert.ok(termId, 'the sample has a city term with counties below');
  await chooseTerm(page, termId);
  const round = await page.$eval('[data-test=round] option:nth-child(2)', (o) => o.value);
  await page.selectOption('[data-test=round]', round);
  await page.waitForFunction((r) => document.querySelector('[data-test=scope-zh]')?.textContent.includes(
    document.querySelector(`[data-test=round] option[value="${r}"]`).textContent), round, { timeout: 120000 });
  await page.waitForFunction(() => !document.body.textContent.includes('正在计算…'), null, { timeout: 120000 });
  const ofRound = (await gql(USERS.admin, 'query($r: ID) { figures(roundId: $r) { leads problemsFound } }', { r: round })).figures;
  assert.equal(Number((await page.textContent('[data-figure=LEADS]')).trim()), ofRound.leads, 'the round’s leads');
  assert.equal(Number((await page.textContent('[data-figure=PROBLEMS_FOUND]')).trim()), ofRound.problemsFound);
  await page.selectOption('[data-test=round]', '');

  await page.selectOption('[data-test=scope]', 'COUNTY');
  const county = await page.$eval('[data-test=county] option:nth-child(2)', (o) => o.value);
  await page.selectOption('[data-test=county]', county);
  const api = (await gql(USERS.admin, 'query($t: ID!, $c: ID) { coverage(termId: $t, committeeId: $c) { level organizations covered } }',
    { t: termId, c: county })).coverage;
  const whole = (await gql(USERS.admin, 'query($t: ID!) { coverage(termId: $t) { level organizations } }', { t: termId })).coverage;
  assert.notDeepEqual(api.map((g) => g.organizations), whole.map((g) => g.organizations), 'the county’s coverage is not the term’s');
  await page.waitForFunction((levels) => {
    const rows = [...document.querySelectorAll('[data-test=coverage] tbody tr')];
    return rows.length === levels.length && rows.every((r, i) => r.dataset.level === levels[i].level
      && r.children[1].textContent.trim() === String(levels[i].organizations) && r.children[2].textContent.trim() === String(levels[i].covered));
  }, api, { timeout: 120000 });
  await page.selectOption('[data-test=scope]', 'OWN');
  await page.waitForFunction(() => document.querySelector('[data-test=scope-zh]')?.textContent.includes('本级'), null, { timeout: 60000 });
  await page.waitForFunction(() => !document.body.textContent.includes('正在计算…'), null, { timeout: 120000 });

  const systemic = async (t) => (await gql(USERS.admin, `query($t: ID) { systemicIssues(termId: $t) { sector sectorZh category
      categoryZh findings department { id name } findingRecords { id } handovers { id answer regulator { name } } } }`,
  { t })).systemicIssues;
  let issueTerm;
  let issues = [];
  for (const id of await termIds(USERS.admin)) {
    issues = await systemic(id);
    if (issues.length) {
      issueTerm = id;
      break;
    }
  }
  assert.ok(issueTerm, 'a sample term has a systemic issue');
  let handedOver = issues.find((i) => i.handovers.length);
  if (!handedOver) {
    // 移交行业主管部门 as the administrator does it (handOver, answerHandover), then the cockpit shows it.
    const target = issues.find((i) => i.department);
    assert.ok(target, 'a systemic issue with its competent department');
    const today = new Date().toISOString().slice(0, 10);
    const h = (await gql(USERS.admin, 'mutation($input: HandoverInput!) { handOver(input: $input) { id } }', { input: {
      regulatorId: target.department.id, category: target.category, findingIds: target.findingRecords.map((f) => f.id),
      handedDate: today, name: `${target.sectorZh}领域${target.categoryZh}问题移交${target.department.name}` } })).handOver;
    await gql(USERS.admin, 'mutation($id: ID!, $a: String!, $d: String!) { answerHandover(id: $id, answer: $a, date: $d) { id } }',
      { id: h.id, a: '已在全系统开展专项整治，修订相关制度', d: today });
    issues = await systemic(issueTerm);
    handedOver = issues.find((i) => i.handovers.length);
    await page.reload();
    await page.waitForSelector('[data-test=figure-table] [data-figure=LEADS]', { timeout: 180000 });
  }
  assert.ok(handedOver, 'a systemic issue handed to its regulator');
  await chooseTerm(page, issueTerm);
  await page.waitForSelector(`[data-test=handover][data-id="${handedOver.handovers[0].id}"]`, { timeout: 120000 });
  const first = issues[0];
  await page.click(`[data-issue="${first.sector}/${first.category}"] [data-test=systemic-findings]`);
  await page.waitForSelector('[data-test=drill][data-figure=LIST]');
  const ids = await page.$$eval('[data-test=drill-record]', (rows) => rows.map((r) => r.dataset.id));
  assert.equal(ids.length, first.findings);
  assert.deepEqual(ids.sort(), first.findingRecords.map((f) => f.id).sort());
  const shownHandover = page.locator(`[data-test=handover][data-id="${handedOver.handovers[0].id}"]`);
  assert.match(await shownHandover.textContent(), new RegExp(handedOver.handovers[0].regulator.name));
  if (handedOver.handovers[0].answer) assert.match(await shownHandover.textContent(), /反馈/);
  await shownHandover.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await shot(page, '24-cockpit-systemic');
  await page.screenshot({ path: OUT + '25-cockpit-full.png', fullPage: true });
  assert.equal(await page.locator('[data-test=reported-form]').count(), 1, 'the administrator is offered the 报送数 form');
  await context.close();
});

test('the inspector’s drill-downs and downloads hold only what the inspector may see, with no 报送数 form', async () => {
  const { page, context, bodies } = await cockpit(USERS.inspector);
  const { termId, row: overdue } = await termWith(USERS.inspector, 'overdue');
  assert.ok(overdue, 'the inspector’s cockpit has overdue tasks');
  await chooseTerm(page, termId);
  const shown = await openLedger(page, overdue.key, 'OVERDUE');
  const mine = await ledger(USERS.inspector, 'OVERDUE', termId, overdue.key);
  assert.equal(shown.count, overdue.overdue);
  assert.deepEqual(shown.ids.sort(), mine.tasks.map((t) => t.task.id).sort(), 'the inspector’s own count, exactly its tasks');

  const leadsOf = async (user, t) => (await gql(user, 'query($f: FigureKind!, $t: ID) { figureRecords(figure: $f, termId: $t) { records { id } } }',
    { f: 'LEADS', t })).figureRecords.records.map((r) => r.id);
  let leadTerm;
  let visible = [];
  let hidden = [];
  for (const id of await termIds(USERS.admin)) {
    visible = await leadsOf(USERS.inspector, id);
    hidden = (await leadsOf(USERS.admin, id)).filter((l) => !visible.includes(l));
    if (visible.length && hidden.length) {
      leadTerm = id;
      break;
    }
  }
  assert.ok(leadTerm, 'a term where the inspector sees some leads and not others');
  await chooseTerm(page, leadTerm);
  await page.click('[data-figure=LEADS]');
  await page.waitForSelector('[data-test=drill][data-figure=LEADS]');
  const file = await download(page, '[data-test=drill] [data-export=LEADS]');
  const text = Object.values(file.parts).join('');
  for (const id of visible) assert.ok(text.includes(id), `${id} in the inspector’s workbook`);
  for (const id of hidden) assert.ok(!text.includes(id), `the hidden lead ${id} is not in the inspector’s workbook`);
  for (const id of hidden) assert.ok(!bodies.some((b) => b.body.includes(id)), `the hidden lead ${id} is in no answer the page received`);
  assert.equal(await page.locator('[data-test=reported-form]').count(), 0, 'no 报送数 form for the inspector');
  await shot(page, '26-cockpit-inspector');
  await context.close();
});

test('leadership records a 报送数 from the page, and it is flagged beside the computed figure', async () => {
  const { page, context } = await cockpit(USERS.leader);
  const termId = await cityTerm(USERS.leader);
  await chooseTerm(page, termId);
  const computed = (await gql(USERS.leader, 'query($t: ID) { figures(termId: $t) { fedBack } }', { t: termId })).figures.fedBack;
  const source = `e2e 巡察工作情况通报 ${Date.now()}`;
  await page.selectOption('[data-test=rf-figure]', 'FED_BACK');
  await page.fill('[data-test=rf-value]', String(computed + 7));
  await page.fill('[data-test=rf-source]', source);
  await page.fill('[data-test=rf-date]', new Date().toISOString().slice(0, 10));
  await page.click('[data-test=rf-submit]');
  await page.waitForSelector('[data-test=rf-done]', { timeout: 60000 });
  const id = (await page.textContent('[data-test=rf-done]')).match(/（([^）]+)）/)[1];
  const row = page.locator(`[data-test=reported] tr[data-id="${id}"]`);
  await row.waitFor({ timeout: 120000 });
  assert.match(await row.textContent(), /不一致/);
  // The document that published it, not where the record came from.
  assert.ok((await row.textContent()).includes(source), 'the row names its document');
  await row.scrollIntoViewIfNeeded();
  await shot(page, '27-cockpit-reported');
  await context.close();
});
