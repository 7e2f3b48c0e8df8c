// The one way the workbench talks to the server: POST /graphql with the session cookie,
// the CSRF token from the XSRF-TOKEN cookie, and X-Requested-With so that a refusal is
// a plain 401 (never the browser's Basic prompt).

export class ApiError extends Error {
  constructor(message, code, status) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

let onSignedOut = () => {};
export function whenSignedOut(callback) {
  onSignedOut = callback;
}

export function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : '';
}

function headers(extra = {}) {
  return { 'X-Requested-With': 'XMLHttpRequest', 'X-XSRF-TOKEN': csrfToken(), ...extra };
}

export async function gql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: headers({ 'Content-Type': 'application/json', Accept: 'application/json' }),
    body: JSON.stringify({ query, variables }),
  });
  if (response.status === 401) {
    onSignedOut();
    throw new ApiError('登录已失效，请重新登录', 'UNAUTHENTICATED', 401);
  }
  if (response.status === 403) {
    throw new ApiError('请求被拒绝（安全令牌失效），请刷新页面', 'FORBIDDEN', 403);
  }
  const body = await response.json();
  if (body.errors && body.errors.length) {
    const first = body.errors[0];
    const error = new ApiError(first.message, first.extensions?.code, response.status);
    error.errors = body.errors;
    error.data = body.data;
    throw error;
  }
  return body.data;
}

/** Makes sure the XSRF-TOKEN cookie exists (the server sets it on any page request). */
async function ensureToken() {
  if (!csrfToken()) {
    await fetch('/workbench/index.html', { credentials: 'same-origin' });
  }
}

export async function signIn(username, password) {
  await ensureToken();
  const response = await fetch('/login', {
    method: 'POST',
    credentials: 'same-origin',
    headers: headers({ 'Content-Type': 'application/x-www-form-urlencoded' }),
    body: new URLSearchParams({ username, password }),
  });
  if (response.status === 204) return;
  let message = '登录失败';
  try {
    message = (await response.json()).error || message;
  } catch {
    if (response.status === 403) message = '安全令牌失效，请刷新页面后重试';
  }
  throw new ApiError(message, 'SIGN_IN', response.status);
}

export async function signOut() {
  await fetch('/logout', { method: 'POST', credentials: 'same-origin', headers: headers() });
}
