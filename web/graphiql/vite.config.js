import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const outDir = fileURLToPath(
  new URL('../../src/main/resources/static/graphiql', import.meta.url),
);

export default defineConfig({
  // Relative asset URLs: the page works at /graphiql/ and /graphiql/index.html.
  base: './',
  resolve: {
    alias: {
      // @graphiql/react imports both `prettier/plugins/graphql` and the legacy
      // `prettier/parser-graphql` (a UMD copy of the same plugin); point the
      // legacy names at the ES modules so each plugin is bundled once.
      'prettier/parser-graphql': 'prettier/plugins/graphql',
      'prettier/parser-babel': 'prettier/plugins/babel',
      // graphql-ws is an optional peer of @graphiql/toolkit, only used for
      // subscriptions over websockets (not used here). Stub it so the bundle
      // builds without it.
      'graphql-ws': fileURLToPath(new URL('./src/graphql-ws-stub.js', import.meta.url)),
    },
  },
  worker: {
    format: 'es',
  },
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    assetsDir: 'assets',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4096,
    reportCompressedSize: false,
  },
});
