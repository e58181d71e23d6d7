// Where the suite serves the built app (see playwright.config.ts `webServer`).
// E2E_PORT moves all three servers (E2E_PORT, +1, +2), so two checkouts can run at once.
const BASE_PORT = Number(process.env.E2E_PORT ?? 4173);
/** The main server's port; the root-path and release servers use the next two. */
export const APP_PORT = BASE_PORT;
export const ROOT_PORT = BASE_PORT + 1;
export const RELEASE_PORT = BASE_PORT + 2;
/** The app's own origin for the main server. */
export const APP_ORIGIN = `http://127.0.0.1:${APP_PORT}`;
/** The main server serves the app from a SUB-PATH, like a project page would. */
export const SUBPATH_BASE_URL = `${APP_ORIGIN}/kintsugi/`;
/** The same build, served at the root path (root-path.spec.ts). */
export const ROOT_ORIGIN = `http://127.0.0.1:${ROOT_PORT}`;
export const ROOT_BASE_URL = `${ROOT_ORIGIN}/`;
/** support/release-server.mjs: the same build, able to publish a new service worker. */
export const RELEASE_ORIGIN = `http://127.0.0.1:${RELEASE_PORT}`;
export const RELEASE_BASE_URL = `${RELEASE_ORIGIN}/kintsugi/`;
