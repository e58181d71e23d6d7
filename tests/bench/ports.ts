// Where `make bench` serves the benchmark page and the built app.
export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 4176);
export const APP_PORT = BENCH_PORT + 1;
export const BENCH_BASE_URL = `http://127.0.0.1:${BENCH_PORT}/`;
export const APP_BASE_URL = `http://127.0.0.1:${APP_PORT}/`;
/** An inert switch on our Chromium's command line, to tell its processes from other browsers'. */
export const BROWSER_MARKER = `--kintsugi-bench=${BENCH_PORT}`;
