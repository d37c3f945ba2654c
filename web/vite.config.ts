// The staff web app. Built into web/dist, which the Koruma server serves with an SPA fallback.
// In development (`npm run dev:web`) the API runs separately on port 3000 and is proxied.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = 'http://127.0.0.1:3000';
const outDir = fileURLToPath(new URL('./dist', import.meta.url));

export default defineConfig({
  root,
  plugins: [react(), precompress(outDir)],
  build: {
    outDir,
    emptyOutDir: true,
    // Staff machines vary; stay within what current evergreen browsers run natively.
    target: 'es2022',
  },
  server: {
    host: '127.0.0.1',
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
    proxy: { '/api': api, '/healthz': api },
  },
});
