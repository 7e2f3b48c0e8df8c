// The browser the tests drive: Debian's chromium (CHROMIUM, default /usr/bin/chromium) through
// playwright-core, headless. BASE_URL is the started jar (.ci/run sets it).
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, extname } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const BASE_URL = process.env.BASE_URL || 'http://127.0.0.1:8080';
export const OUT = fileURLToPath(new URL('./out/', import.meta.url));
mkdirSync(OUT, { recursive: true });

/** The demo users (import/sample/demo-users.json) and the administrator .ci/run creates. */
export const USERS = {
  admin: { name: 'admin', password: process.env.ADMIN_PASSWORD || process.env.OVERSIGHT_ADMIN_PASSWORD },
  analyst: { name: 'analyst', password: 'demo-analyst-2026' },
  inspector: { name: 'inspector', password: 'demo-inspector-2026' },
  leader: { name: 'leader-city', password: 'demo-leader-2026' },
};

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--lang=zh-CN'],
  });
}

/**
 * A fresh page (own cookies) that records every response body the page received, and every
 * request that left for another origin (there must be none: the workbench runs offline).
 */
export async function openPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  if (process.env.WORKBENCH_DIR) await serveFrom(context, process.env.WORKBENCH_DIR);
  const page = await context.newPage();
  const bodies = [];
  const foreign = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(BASE_URL) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) {
      foreign.push(request.url());
    }
  });
  page.on('response', async (response) => {
    try {
      bodies.push({ url: response.url(), body: await response.text() });
    } catch {
      // a redirect or an aborted request has no body
    }
  });
  page.on('pageerror', (error) => bodies.push({ url: 'pageerror', body: String(error) }));
  return { context, page, bodies, foreign };
}

/**
 * Development only: the workbench's files from a folder (a fresh build) instead of the running
 * jar, so a rebuilt page can be tried against a server started earlier. CI never sets it.
 */
async function serveFrom(context, dir) {
  const types = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8' };
  await context.route(/\/workbench\/assets\/[^/]+$|\/(#.*)?$/, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname !== '/' && !url.pathname.startsWith('/workbench/assets/')) return route.fallback();
    const response = await route.fetch(); // keeps the server's cookies (XSRF-TOKEN) flowing
    const file = url.pathname === '/' ? 'index.html' : url.pathname.replace('/workbench/', '');
    const body = readFileSync(join(dir, file));
    const headers = { ...response.headers(), 'content-type': types[extname(file)] || 'application/octet-stream' };
    delete headers['content-encoding'];
    delete headers['content-length'];
    await route.fulfill({ status: 200, body, headers });
  });
}

export async function signIn(page, user) {
  await page.goto(BASE_URL + '/');
  await page.fill('input[name=username]', user.name);
  await page.fill('input[name=password]', user.password);
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-test=user-name]', { timeout: 90000 });
}

export async function shot(page, name) {
  await page.screenshot({ path: OUT + name + '.png' });
}

/** Waits until the network picture has stopped moving. */
export async function layoutSettled(page) {
  await page.waitForFunction(() => window.__workbench?.cy && !window.__workbench.layoutRunning, null, { timeout: 90000 });
  await page.waitForTimeout(300);
}

/** Clicks a node of the picture where it is drawn, holding Shift to add it to the selection. */
export async function clickNode(page, id, additive = false) {
  const point = await page.evaluate((nodeId) => {
    const cy = window.__workbench.cy;
    const node = cy.getElementById(nodeId);
    if (node.empty()) return null;
    cy.center(node);
    const box = cy.container().getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  if (!point) throw new Error('not drawn: ' + id);
  if (additive) await page.keyboard.down('Shift');
  await page.mouse.click(point.x, point.y);
  if (additive) await page.keyboard.up('Shift');
}

/** GraphQL over HTTP Basic, for what a test needs to know beside the page (e.g. what the admin sees). */
export async function api(user, query) {
  const response = await fetch(BASE_URL + '/graphql', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(user.name + ':' + user.password).toString('base64'),
    },
    body: JSON.stringify({ query }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The files of a zip archive (an xlsx is one), by name, read from its central directory. */
export function unzip(buffer) {
  const files = {};
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--;
  let at = buffer.readUInt32LE(end + 16);
  for (let i = 0; i < buffer.readUInt16LE(end + 10); i++) {
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const skip = nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const local = buffer.readUInt32LE(at + 42);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + size);
    files[name] = (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    at += 46 + skip;
  }
  return files;
}
