// Checks that the committed build (src/main/resources/static/workbench/) is what these sources
// build to: builds into a temporary folder and compares every file. Exit 1 names the difference.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const committed = fileURLToPath(new URL('../../src/main/resources/static/workbench/', import.meta.url));
const fresh = mkdtempSync(join(tmpdir(), 'workbench-build-'));

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

try {
  execFileSync('npx', ['vite', 'build', '--outDir', fresh, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
  const a = files(committed).map((f) => relative(committed, f)).sort();
  const b = files(fresh).map((f) => relative(fresh, f)).sort();
  const problems = [];
  for (const f of a) if (!b.includes(f)) problems.push(`committed but not built: ${f}`);
  for (const f of b) {
    if (!a.includes(f)) problems.push(`built but not committed: ${f}`);
    else if (!readFileSync(join(committed, f)).equals(readFileSync(join(fresh, f)))) problems.push(`differs: ${f}`);
  }
  if (problems.length) {
    console.error('The committed workbench build does not match its sources (run: cd web/workbench && npm ci && npm run build):');
    for (const p of problems) console.error('  ' + p);
    process.exit(1);
  }
  console.log(`The committed workbench build matches its sources (${a.length} files).`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
