// Peak memory of one Chromium, read from Linux's /proc: the resident set size (RSS) of the
// browser process and all its descendants (renderers with their workers, utility processes),
// summed, sampled every few milliseconds. What a phone would have to hold, not just the JS heap:
// it counts the WASM memory, the JS heaps, IndexedDB's buffers and Blob storage alike.
import { readFileSync, readdirSync } from 'node:fs';

const PAGE_BYTES = 4096;

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined; // the process ended
  }
}

function pids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

/** The pid of the browser process whose command line holds `marker`. */
export function browserPid(marker: string): number {
  for (const pid of pids()) {
    const cmdline = readProc(pid, 'cmdline');
    if (cmdline?.split('\0').includes(marker) && !cmdline.includes('--type=')) return pid;
  }
  throw new Error(`no browser process with ${marker}`);
}

/** `root` and every process below it. */
function family(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const pid of pids()) {
    const stat = readProc(pid, 'stat');
    if (!stat) continue;
    // Fields after the parenthesised name: state, ppid, ...
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(ppid) ?? [];
    list.push(pid);
    children.set(ppid, list);
  }
  const out: number[] = [];
  const todo = [root];
  while (todo.length > 0) {
    const pid = todo.pop()!;
    out.push(pid);
    todo.push(...(children.get(pid) ?? []));
  }
  return out;
}

function rss(pidList: readonly number[]): number {
  let bytes = 0;
  for (const pid of pidList) {
    const statm = readProc(pid, 'statm');
    if (statm) bytes += Number(statm.split(' ')[1]) * PAGE_BYTES;
  }
  return bytes;
}

/** Samples the summed RSS while `run` runs; returns its result, the baseline and the peak. */
export async function withPeakMemory<T>(
  root: number,
  run: () => Promise<T>,
): Promise<{ result: T; baselineBytes: number; peakBytes: number }> {
  let members = family(root);
  const baselineBytes = rss(members);
  let peakBytes = baselineBytes;
  let ticks = 0;
  const timer = setInterval(() => {
    if (++ticks % 20 === 0) members = family(root);
    peakBytes = Math.max(peakBytes, rss(members));
  }, 5);
  try {
    const result = await run();
    peakBytes = Math.max(peakBytes, rss(family(root)));
    return { result, baselineBytes, peakBytes };
  } finally {
    clearInterval(timer);
  }
}
