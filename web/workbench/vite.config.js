import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const outDir = fileURLToPath(new URL('../../src/main/resources/static/workbench', import.meta.url));

export default defineConfig({
  // The page is served at / (forwarded to /workbench/index.html), so its files are
  // addressed absolutely under /workbench/.
  base: '/workbench/',
  plugins: [vue()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    assetsDir: 'assets',
    // No data: URLs for fonts or images beyond the CSP's img-src data:; nothing inlined.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2048,
    reportCompressedSize: false,
    rollupOptions: {
      output: {
        // The graph and chart libraries change less often than the app: separate files.
        manualChunks: {
          cytoscape: ['cytoscape', 'cytoscape-fcose', 'cytoscape-svg'],
          echarts: ['echarts/core', 'echarts/charts', 'echarts/components', 'echarts/renderers'],
          // Loaded only when a picture is exported to Excel.
          xlsx: ['write-excel-file/browser'],
        },
      },
    },
  },
});
