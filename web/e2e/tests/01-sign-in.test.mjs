import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, signIn, shot, BASE_URL, USERS } from '../browser.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

test('a wrong password is refused on the sign-in page, with no session', async () => {
  const { page, context, foreign } = await openPage(browser);
  await page.goto(BASE_URL + '/');
  await page.waitForSelector('form[aria-label=登录]', { timeout: 90000 });
  await shot(page, '01-sign-in');
  await page.fill('input[name=username]', USERS.analyst.name);
  await page.fill('input[name=password]', 'not-the-password');
  await page.click('button[type=submit]');
  const alert = await page.waitForSelector('[role=alert]', { timeout: 90000 });
  assert.match(await alert.textContent(), /用户名或密码错误/);
  await shot(page, '01-sign-in-refused');
  assert.equal(await page.locator('[data-test=user-name]').count(), 0);
  const cookies = await context.cookies();
  assert.ok(!cookies.some((c) => c.name === 'JSESSIONID'), 'no session after a refused sign-in');
  assert.deepEqual(foreign, []);
  await context.close();
});

test('signs in, shows the name, the role and only the offered pages, and signs out', async () => {
  const { page, context, foreign } = await openPage(browser);
  await signIn(page, USERS.analyst);
  assert.equal(await page.textContent('[data-test=user-name]'), 'analyst');
  assert.equal(await page.textContent('[data-test=user-role]'), '研判分析员');
  const nav = await page.locator('nav a').allTextContents();
  assert.deepEqual(nav, ['全文检索', '关系图谱', '研判专题', '资金流向', '预警', '领导驾驶舱'], 'an analyst, who sees no lead, gets no lead board');
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name === 'JSESSIONID');
  assert.ok(session && session.httpOnly, 'an HttpOnly session cookie');
  await page.click('[data-test=sign-out]');
  await page.waitForSelector('form[aria-label=登录]', { timeout: 90000 });
  // The old session is dead: reloading shows the sign-in page again.
  await page.reload();
  await page.waitForSelector('form[aria-label=登录]', { timeout: 90000 });
  assert.deepEqual(foreign, []);
  await context.close();
});

test('the API refuses a session request without the CSRF token', async () => {
  const { page, context } = await openPage(browser);
  await signIn(page, USERS.analyst);
  const statuses = await page.evaluate(async () => {
    const body = JSON.stringify({ query: '{ me { name } }' });
    const bare = await fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    const token = document.cookie.match(/XSRF-TOKEN=([^;]*)/)[1];
    const good = await fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': token }, body });
    return [bare.status, good.status];
  });
  assert.deepEqual(statuses, [403, 200]);
  await context.close();
});
