// Where the suite serves the built app (see playwright.config.ts `webServer`).
/** The app's own origin for the main server. */
export const APP_ORIGIN = 'http://127.0.0.1:4173';
/** The main server serves the app from a SUB-PATH, like a project page would. */
export const SUBPATH_BASE_URL = `${APP_ORIGIN}/kintsugi/`;
/** The same build, served at the root path (root-path.spec.ts). */
export const ROOT_ORIGIN = 'http://127.0.0.1:4174';
export const ROOT_BASE_URL = `${ROOT_ORIGIN}/`;
/** support/release-server.mjs: the same build, able to publish a new service worker. */
export const RELEASE_ORIGIN = 'http://127.0.0.1:4175';
export const RELEASE_BASE_URL = `${RELEASE_ORIGIN}/kintsugi/`;
