// An inspector's and an analyst's pages never show a lead or case they may not see: neither in
// the page (DOM) nor in any response the page received. The same walk as the administrator
// does meet those leads, so the walk reaches where they would show.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, signIn, shot, layoutSettled, clickNode, api, BASE_URL, USERS } from '../browser.mjs';

const CLUES = '{ leads(first: 200) { totalCount nodes { id name } } cases(first: 200) { totalCount nodes { id name } } }';

let browser;
let everything;
before(async () => {
  browser = await launch();
  everything = await api(USERS.admin, CLUES);
});
after(async () => browser?.close());

/** Where hidden clues would show: search, entity cards, the picture, paths, a money trail. */
async function walk(page, dom, tag) {
  const keep = async () => dom.push(await page.content());
  await page.goto(BASE_URL + '/#/search?q=杨某某');
  await page.waitForSelector('[data-test=search-results], .empty:has-text("没有找到")', { timeout: 90000 });
  await page.waitForTimeout(500);
  await keep();
  await page.goto(BASE_URL + '/#/search?q=问题线索');
  await page.waitForSelector('[data-test=search-results], .empty:has-text("没有找到")', { timeout: 90000 });
  await page.waitForTimeout(500);
  await keep();
  for (const id of ['PER-S1-YANG', 'PER-S4-HE', 'CO-S8-HX']) {
    await page.goto(BASE_URL + '/#/entity/' + id);
    await page.waitForSelector('[data-test=entity-name]', { timeout: 180000 });
    await page.waitForTimeout(300);
    await keep();
  }
  await shot(page, `07-entity-card-${tag}`);
  await page.goto(BASE_URL + '/#/network?open=PER-S1-YANG');
  await page.waitForFunction(() => window.__workbench?.cy?.nodes().length > 1, null, { timeout: 90000 });
  await layoutSettled(page);
  await page.selectOption('select[aria-label=步数]', '2');
  await clickNode(page, 'PER-S1-YANG');
  const n = await page.evaluate(() => window.__workbench.cy.nodes().length);
  await page.click('[data-test=expand]');
  await page.waitForFunction((k) => window.__workbench.cy.nodes().length > k || document.querySelector('[data-test=message]'), n, { timeout: 90000 });
  await layoutSettled(page);
  await keep();
  await shot(page, `08-network-${tag}`);
  await page.goto(BASE_URL + '/#/money?from=ACC-P-S1-YANG&direction=UPSTREAM&hops=3');
  await page.waitForSelector('[data-test=discrepancies], .error, .empty', { timeout: 90000 });
  await page.waitForTimeout(500);
  await keep();
}

let adminSeen = null;
async function adminWalk() {
  if (!adminSeen) {
    const admin = await openPage(browser);
    const dom = [];
    await signIn(admin.page, USERS.admin);
    await walk(admin.page, dom, 'admin');
    adminSeen = { dom, bodies: admin.bodies.filter((b) => b.url.endsWith('/graphql')).map((b) => b.body) };
    await admin.context.close();
  }
  return adminSeen;
}

function leaks(texts, clues) {
  const found = [];
  for (const clue of clues) {
    for (const text of texts) {
      if (text.includes(`"${clue.id}"`) || text.includes(`>${clue.id}<`) || (clue.name && text.includes(clue.name))) {
        found.push(clue.id);
        break;
      }
    }
  }
  return found;
}

for (const who of ['inspector', 'analyst']) {
  test(`the ${who}'s pages hold no hidden lead or case, in the DOM or in any response`, async () => {
    const user = USERS[who];
    const visible = await api(user, CLUES);
    const seen = new Set([...visible.leads.nodes, ...visible.cases.nodes].map((c) => c.id));
    const seenNames = new Set([...visible.leads.nodes, ...visible.cases.nodes].map((c) => c.name));
    const hidden = [...everything.leads.nodes, ...everything.cases.nodes]
      .filter((c) => !seen.has(c.id))
      .map((c) => ({ id: c.id, name: seenNames.has(c.name) ? null : c.name }));
    assert.ok(hidden.length > 10, `the ${who} may not see most clues (${hidden.length} hidden)`);
    if (who === 'inspector') assert.ok(seen.has('LEAD-S8-01'), 'the inspector sees the leads of the joint inspection');
    if (who === 'analyst') assert.equal(seen.size, 0, 'an analyst sees no lead and no case');

    const { page, context, bodies } = await openPage(browser);
    const dom = [];
    await signIn(page, user);
    await walk(page, dom, who);
    const graphQl = bodies.filter((b) => b.url.endsWith('/graphql'));
    assert.ok(graphQl.length > 10, 'the walk asked the API');
    assert.deepEqual(leaks(graphQl.map((b) => b.body), hidden), [], 'no hidden clue in a response');
    assert.deepEqual(leaks(dom, hidden), [], 'no hidden clue in the page');
    await context.close();

    // The administrator's same walk meets hidden clues: the check above could have failed.
    const admin = await adminWalk();
    assert.ok(leaks(admin.bodies, hidden).length > 0, 'the admin meets clues the ' + who + ' may not see');
    assert.ok(leaks(admin.dom, hidden).length > 0, 'and they are drawn on the admin’s pages');
  });
}
