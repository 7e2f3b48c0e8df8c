// Saved investigations (研判专题): the administrator draws a picture around a lead the inspector
// may not see, groups and annotates it, saves it and shares it with one of the inspector's teams;
// the inspector finds it among the investigations shared with them and reopens it: what was drawn
// is there where it was put, except the hidden lead, which is neither drawn nor in any response.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, signIn, shot, layoutSettled, api, USERS } from '../browser.mjs';

const CLUES = '{ leads(first: 200) { nodes { id name team { id } } } cases(first: 200) { nodes { id name } } }';
// A team the demo inspector (PER-0020) leads in the sample (import/sample/team_members.csv).
const TEAM = 'TEAM-QA-7-02-1';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

function leaks(texts, clues) {
  return clues
    .filter((c) => texts.some((t) => t.includes(`"${c.id}"`) || t.includes(`>${c.id}<`) || (c.name && t.includes(c.name))))
    .map((c) => c.id);
}

test('an investigation saved by one user and opened by a team mate; a lead hidden from the team mate stays hidden', async () => {
  const everything = await api(USERS.admin, CLUES);
  const visible = await api(USERS.inspector, CLUES);
  const seen = new Set([...visible.leads.nodes, ...visible.cases.nodes].map((c) => c.id));
  const seenNames = new Set([...visible.leads.nodes, ...visible.cases.nodes].map((c) => c.name));
  const hidden = [...everything.leads.nodes, ...everything.cases.nodes]
    .filter((c) => !seen.has(c.id))
    .map((c) => ({ id: c.id, name: seenNames.has(c.name) ? null : c.name }));
  const lead = hidden.find((c) => c.id.startsWith('LEAD-') && c.name);
  assert.ok(lead, 'a lead the inspector may not see');

  // The administrator draws the lead and what it touches, groups two entities, notes one, saves.
  const admin = await openPage(browser);
  await signIn(admin.page, USERS.admin);
  await admin.page.goto(admin.page.url().split('#')[0] + '#/network?open=' + lead.id);
  await admin.page.waitForFunction(() => window.__workbench?.cy?.nodes().length > 2, null, { timeout: 90000 });
  await layoutSettled(admin.page);
  const others = await admin.page.evaluate((id) => window.__workbench.cy.nodes('[!compound]').map((n) => n.id()).filter((n) => n !== id), lead.id);
  // Selected through the picture's API: two quick clicks on nodes would be a double-click (expand).
  await admin.page.evaluate((ids) => {
    const cy = window.__workbench.cy;
    cy.$(':selected').unselect();
    for (const id of ids) cy.getElementById(id).select();
  }, [others[0], others[1]]);
  await admin.page.click('[data-test=group]');
  await layoutSettled(admin.page);
  assert.equal(await admin.page.evaluate(() => window.__workbench.cy.nodes('[?compound]').length), 1, 'one group drawn');
  // The lead alone selected (a click could land on the group's box, drawn over part of the picture).
  await admin.page.evaluate((id) => {
    const cy = window.__workbench.cy;
    cy.$(':selected').unselect();
    cy.getElementById(id).select();
  }, lead.id);
  await admin.page.fill('textarea[aria-label=实体备注]', '隐藏线索的备注');
  await admin.page.locator('textarea[aria-label=实体备注]').blur();
  await admin.page.fill('input[aria-label=专题名称]', '联动核查专题（浏览器测试）');
  await admin.page.fill('textarea[aria-label=专题说明]', '市县联动，核查相关企业与人员');
  await admin.page.click('[data-test=save-investigation]');
  await admin.page.waitForFunction(() => /已保存/.test(document.querySelector('[data-test=message]')?.textContent || ''), null, { timeout: 90000 });
  const id = new URLSearchParams(admin.page.url().split('?')[1]).get('investigation');
  assert.ok(id, 'the picture’s address names the saved investigation');
  // What was saved, as the owner reads it back.
  const saved = (await api(USERS.admin, `{ investigation(id: "${id}") { nodes { entityId x y group } } }`)).investigation.nodes;
  const drawn = saved.map((n) => ({ id: n.entityId, x: n.x, y: n.y }));
  const onCanvas = await admin.page.evaluate(() => window.__workbench.cy.nodes('[!compound]').map((n) => n.id()).sort());
  assert.deepEqual(drawn.map((n) => n.id).sort(), onCanvas, 'every entity drawn was saved');
  assert.ok(drawn.some((n) => n.id === lead.id), 'the administrator’s picture holds the lead');
  await shot(admin.page, '11-investigation-saved');

  // ... and shares it with the inspector's team from the investigations page.
  await admin.page.click('nav a:text("研判专题")');
  await admin.page.click(`[data-test=investigation-row][data-id="${id}"]`);
  await admin.page.waitForSelector('[data-test=investigation-detail]', { timeout: 90000 });
  await admin.page.selectOption('select[aria-label=共享给巡察组]', TEAM);
  await admin.page.click('[data-test=share-investigation]');
  await admin.page.waitForSelector('[data-test=notice]:has-text("已共享")', { timeout: 90000 });
  await shot(admin.page, '12-investigations');
  await admin.context.close();

  // The inspector, a member of that team, finds it shared with them and reopens it.
  const { page, context, bodies } = await openPage(browser);
  await signIn(page, USERS.inspector);
  await page.click('nav a:text("研判专题")');
  await page.click('.scopes button:text("共享给我的")');
  await page.click(`[data-test=investigation-row][data-id="${id}"]`);
  await page.waitForSelector('[data-test=investigation-detail]', { timeout: 90000 });
  const listed = await page.locator('[data-test=investigation-entity]').count();
  assert.equal(listed, drawn.length - 1, 'every drawn entity but the hidden lead');
  await page.click('[data-test=open-investigation]');
  await page.waitForFunction((n) => window.__workbench?.cy?.nodes('[!compound]').length === n, drawn.length - 1, { timeout: 90000 });
  const reopened = await page.evaluate(() => window.__workbench.cy.nodes('[!compound]').map((n) => ({ id: n.id(), ...n.position(), group: n.parent().data('label') || null })));
  assert.ok(!reopened.some((n) => n.id === lead.id), 'the hidden lead is not drawn');
  for (const n of reopened) {
    const saved = drawn.find((d) => d.id === n.id);
    assert.ok(saved, 'only what was saved: ' + n.id);
    assert.ok(Math.abs(saved.x - n.x) < 1 && Math.abs(saved.y - n.y) < 1, 'drawn where it was put: ' + n.id);
  }
  assert.deepEqual(reopened.filter((n) => n.group).map((n) => n.id).sort(), [others[0], others[1]].sort(), 'the group kept');
  assert.ok(reopened.every((n) => !n.group || n.group === '分组 1'), 'under its name');
  assert.match(await page.textContent('[data-test=message]'), /已打开专题“联动核查专题（浏览器测试）”/);
  await layoutSettled(page);
  await shot(page, '13-investigation-reopened');
  const dom = [await page.content()];
  const graphQl = bodies.filter((b) => b.url.endsWith('/graphql')).map((b) => b.body);
  assert.deepEqual(leaks(graphQl, hidden), [], 'no hidden lead or case in any response');
  assert.deepEqual(leaks(dom, hidden), [], 'no hidden lead or case in the page');
  assert.ok(!graphQl.some((b) => b.includes('隐藏线索的备注')), 'nor the hidden lead’s note');
  await context.close();
});
