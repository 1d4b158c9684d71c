// Vite builds only the renderer; the Node side is bundled by scripts/build-node.mjs.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  // Relative asset URLs so Electron can load the build from file://.
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    port: 5173,
    // shared/ lives beside renderer/, outside Vite's root.
    fs: { allow: ['..'] },
  },
});
