// Errors that cross the worker boundary keep their `name`, `message` and `code`.
// Comlink's default 'throw' handler drops custom properties, so both sides install this one.
import { transferHandlers, type TransferHandler } from 'comlink';

import { CORE_ERROR_CODES, type CoreErrorCode } from './generated/model';

/** The codes the worker adds to the core's (CORE_ERROR_CODES, generated from the Rust table). */
export const WORKER_ERROR_CODES = [
  'vault-exists',
  'vault-changed',
  'no-vault',
  'not-found',
  'storage',
  'wasm-unavailable',
  'second-passphrase-set',
  'other-records',
  'erased',
] as const;

/** Every code the UI can see: the core's, then the worker's own. */
export type ErrorCode = CoreErrorCode | (typeof WORKER_ERROR_CODES)[number];

export const ERROR_CODES: readonly ErrorCode[] = [...CORE_ERROR_CODES, ...WORKER_ERROR_CODES];
const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

/** An error raised by the worker itself, shaped like the core's (`name` 'KintsugiError'). */
export class KintsugiError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'KintsugiError';
    this.code = code;
  }
}

/** The code the UI branches on; anything unrecognised is 'internal'. */
export function errorCode(error: unknown): ErrorCode {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string' && KNOWN_CODES.has(code)) return code as ErrorCode;
  }
  return 'internal';
}

/** The wire form of a thrown value. */
export type SerializedThrow =
  | { isError: true; value: { name: string; message: string; code?: string } }
  | { isError: false; value: unknown };

interface Thrown {
  value: unknown;
}

function isErrorLike(value: unknown): value is { name?: unknown; message: unknown; code?: unknown } {
  return value instanceof Error || (typeof value === 'object' && value !== null && 'message' in value && typeof value.message === 'string');
}

export function serializeThrown(value: unknown): SerializedThrow {
  if (isErrorLike(value)) {
    const out: { name: string; message: string; code?: string } = {
      name: typeof value.name === 'string' ? value.name : 'Error',
      message: String(value.message),
    };
    if (typeof value.code === 'string') out.code = value.code;
    return { isError: true, value: out };
  }
  // Anything else must survive structured clone; a string form is the safe fallback.
  try {
    structuredClone(value);
    return { isError: false, value };
  } catch {
    return { isError: false, value: String(value) };
  }
}

export function deserializeThrown(serialized: SerializedThrow): Error | unknown {
  if (!serialized.isError) return serialized.value;
  const { name, message, code } = serialized.value;
  const error = new Error(message);
  error.name = name;
  if (code !== undefined) Object.assign(error, { code });
  return error;
}

let installed = false;

/** Replace comlink's 'throw' handler (idempotent). Call once in the worker and once in the client. */
export function installErrorTransfer(): void {
  if (installed) return;
  const base = transferHandlers.get('throw');
  if (!base) throw new Error('comlink has no throw handler');
  const handler: TransferHandler<Thrown, SerializedThrow> = {
    // comlink marks thrown values with a private symbol: reuse its own test.
    canHandle: (value: unknown): value is Thrown => base.canHandle(value),
    serialize: (thrown) => [serializeThrown(thrown.value), []],
    deserialize: (serialized) => {
      throw deserializeThrown(serialized);
    },
  };
  transferHandlers.set('throw', handler as TransferHandler<unknown, unknown>);
  installed = true;
}
