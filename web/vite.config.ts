import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The dev server injects <style> tags and opens an HMR socket, which the production CSP in
// index.html forbids. Only `vite` (serve) drops the meta; builds and `vite preview` keep it.
function devWithoutCsp(): Plugin {
  return {
    name: 'kintsugi-dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

export default defineConfig({
  // Relative URLs: the built app works from `/` and from any sub-path such as `/kintsugi/`.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  worker: {
    format: 'es',
  },
  plugins: [
    devWithoutCsp(),
    preact(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false, // registered from src/sw/register.ts: no inline script (CSP)
      manifest: {
        name: 'Kintsugi',
        short_name: 'Kintsugi',
        description: 'A private notebook that works offline.',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#f6f3ed',
        background_color: '#f6f3ed',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,wasm,svg,png,webmanifest,ico}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
      },
    }),
  ],
});
