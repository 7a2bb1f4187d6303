/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = process.env.GAOXIN_API_URL ?? 'http://127.0.0.1:3000';

/** Vite configuration of the web app; the root is this folder wherever Vite is started from. */
export default defineConfig({
  root: decodeURIComponent(new URL('.', import.meta.url).pathname),
  plugins: [react()],
  server: {
    proxy: {
      '/api': {
        target: apiTarget,
        changeOrigin: true,
        // The server refuses state-changing requests from another origin; in development the page is
        // served by Vite, so present the request as coming from the API's own origin.
        configure: (proxy) => {
          proxy.on('proxyReq', (request) => {
            if (request.getHeader('origin')) request.setHeader('origin', apiTarget);
          });
        },
      },
    },
  },
  // The web app's own tests (`npx vitest run --root web`): node, no DOM; they render to strings.
  test: { include: ['src/**/*.test.{ts,tsx}'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    // Lists each page's chunks and their imports, so scripts/bundle-size.ts can add up what a page loads.
    manifest: true,
    rolldownOptions: {
      treeshake: {
        // @gaoxin/domain holds the zod contract next to the pure rules the web uses (roles, password
        // policy, messages). Its modules only declare values, so unused ones - and zod with them - can go.
        // The rc-component packages behind antd declare no side effects either, though they have none:
        // without this, antd's ConfigProvider alone brings the whole form library (and its validator)
        // into the first page load.
        moduleSideEffects: [
          { test: /[\\/]domain[\\/]src[\\/]/, sideEffects: false },
          { test: /[\\/]node_modules[\\/]@rc-component[\\/]/, sideEffects: false },
        ],
      },
    },
  },
});
