// Vite build of the Dyad web terminal: plain TypeScript, output in dist/ for `dyad serve --web`.
// Cytoscape and uPlot are loaded on demand by the pages that draw, so the first page stays small.
import { defineConfig } from "vite";

export default defineConfig({
  base: "/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:8080" },
  },
});
