// A hash router: #/page?key=value. Links are plain <a href="#/...">, so the browser's
// back and forward buttons work and a picture can be bookmarked.
import { reactive } from 'vue';

function parse() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query = ''] = hash.split('?');
  return { path, params: Object.fromEntries(new URLSearchParams(query)) };
}

export const route = reactive(parse());

window.addEventListener('hashchange', () => Object.assign(route, parse()));

export function href(path, params = {}) {
  const query = new URLSearchParams(
    Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ).toString();
  return '#' + path + (query ? '?' + query : '');
}

export function go(path, params) {
  location.hash = href(path, params).slice(1);
}
