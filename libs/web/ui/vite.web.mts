/// <reference types='vitest' />
// The Vite/Vitest set-up the web apps and libraries share; each vite.config.mts names its own.
// It lives in web-ui, which the apps and web-session depend on, so that Nx sees a change here
// as a change of their inputs.
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { SPA_SECURITY_HEADERS } from './security-headers';

const repository = resolve(import.meta.dirname, '../../..');

/** Tests in jsdom, coverage per project; `path` is the project's folder, e.g. `apps/agent`. */
function testConfig(name: string, path: string) {
  return {
    name,
    watch: false,
    globals: true,
    environment: 'jsdom',
    reporters: ['default'],
    coverage: {
      reportsDirectory: resolve(repository, 'coverage', path),
      provider: 'v8' as const,
    },
  };
}

/** A web library under libs/web (`folder`, e.g. `ui`): its Vitest project is `web-<folder>`. */
export function webLibraryConfig(folder: string) {
  return defineConfig(() => ({
    root: resolve(repository, 'libs/web', folder),
    cacheDir: resolve(repository, 'node_modules/.vite/libs/web', folder),
    resolve: { tsconfigPaths: true },
    plugins: [react()],
    test: { ...testConfig(`web-${folder}`, `libs/web/${folder}`), include: ['src/**/*.{test,spec}.{ts,tsx}'] },
  }));
}

/**
 * A web app under apps (`app`, e.g. `agent`), served on `port` (or $PORT). Same-origin API: the
 * dev server and `vite preview` both forward /api to the Loket API ($LOKET_API_URL).
 */
export function webAppConfig({ app, port: defaultPort }: { app: string; port: number }) {
  const apiProxy = {
    '/api': {
      target: process.env.LOKET_API_URL ?? 'http://127.0.0.1:3000',
      changeOrigin: true,
    },
  };
  const port = process.env.PORT ? Number(process.env.PORT) : defaultPort;

  return defineConfig(() => ({
    root: resolve(repository, 'apps', app),
    cacheDir: resolve(repository, 'node_modules/.vite/apps', app),
    server: {
      port,
      host: 'localhost',
      proxy: apiProxy,
    },
    // The built app as production serves it: the same security headers as docker/nginx.conf.template.
    // (Not for the dev server: its hot reload needs inline scripts.)
    preview: {
      port,
      strictPort: true,
      host: 'localhost',
      proxy: apiProxy,
      headers: { ...SPA_SECURITY_HEADERS },
    },
    // Vite resolves the @loket/* paths of tsconfig.base.json itself.
    resolve: { tsconfigPaths: true },
    plugins: [react()],
    build: {
      outDir: resolve(repository, 'dist/apps', app),
      emptyOutDir: true,
      reportCompressedSize: true,
      commonjsOptions: {
        transformMixedEsModules: true,
      },
      rolldownOptions: {
        output: {
          // Libraries change less often than our code: separate files keep the browser cache useful.
          codeSplitting: {
            groups: [
              // The public holidays of the business calendar (date-holidays and what it uses, over a megabyte)
              // stay in their own chunk: only screens with due moments load it (see loadBusinessCalendar).
              {
                name: 'holidays',
                test: /node_modules[\\/](date-holidays|date-holidays-parser|astronomia|caldate|date-bengali-revised|date-chinese|date-easter|deepmerge|jalaali-js|moment|moment-timezone|prepin|js-yaml|lodash)[\\/]/,
                priority: 3,
              },
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 2 },
              { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
            ],
          },
        },
      },
    },
    define: {
      'import.meta.vitest': undefined,
    },
    test: {
      ...testConfig(app, `apps/${app}`),
      setupFiles: ['src/test/setup.ts'],
      include: ['{src,tests}/**/*.{test,spec}.{js,mjs,cjs,ts,mts,cts,jsx,tsx}'],
    },
  }));
}
