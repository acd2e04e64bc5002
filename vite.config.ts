import { defineConfig, type Plugin } from 'vite';
import { createPortalHandler } from './portal/server.js';

/** Mounts the local Explore API v2.1 portal into Vite's dev server: one process, one origin. */
function localPortal(): Plugin {
  return {
    name: 'od-local-portal',
    configureServer(server) {
      const synthetic = Number(process.env.OD_SYNTHETIC ?? 20000);
      server.middlewares.use(createPortalHandler({ synthetic }));
    },
  };
}

export default defineConfig({
  plugins: [localPortal()],
  optimizeDeps: { exclude: ['maplibre-gl'] },
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173) },
  build: {
    lib: { entry: { 'opendata-widgets': 'src/define.ts', index: 'src/index.ts' }, formats: ['es'] },
    outDir: 'dist',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
});
