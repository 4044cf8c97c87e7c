// Builds the dashboard into dist/, which the API serves at `/` (services/main.ts).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // helmet's default CSP allows only same-origin scripts: no inline module preload polyfill.
    modulePreload: { polyfill: false },
  },
});
