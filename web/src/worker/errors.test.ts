import { wrap, expose } from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { ERROR_CODES, KintsugiError, deserializeThrown, errorCode, installErrorTransfer, serializeThrown } from './errors';
import { CORE_ERROR_CODES } from './generated/model';

function coreError(code: string, message: string): Error {
  // The WASM core's shape: a plain Error with name 'KintsugiError' and a `code` property.
  return Object.assign(new Error(message), { name: 'KintsugiError', code });
}

describe('error serialisation', () => {
  it('keeps name, message and code of a core error', () => {
    const back = deserializeThrown(serializeThrown(coreError('wrong-passphrase', 'The passphrase is not right.')));
    expect(back).toBeInstanceOf(Error);
    expect(back).toMatchObject({ name: 'KintsugiError', message: 'The passphrase is not right.', code: 'wrong-passphrase' });
    expect(errorCode(back)).toBe('wrong-passphrase');
  });

  it('keeps the code of a worker-made KintsugiError', () => {
    const back = deserializeThrown(serializeThrown(new KintsugiError('vault-exists', 'exists')));
    expect(errorCode(back)).toBe('vault-exists');
  });

  it('drops the stack and any other property', () => {
    const error = Object.assign(coreError('corrupt', 'bad'), { secret: 'plaintext' });
    const wire = serializeThrown(error);
    expect(JSON.stringify(wire)).not.toContain('plaintext');
    expect(wire).toEqual({ isError: true, value: { name: 'KintsugiError', message: 'bad', code: 'corrupt' } });
  });

  it('passes a thrown non-error value through, or its string form if it cannot be cloned', () => {
    expect(deserializeThrown(serializeThrown('plain'))).toBe('plain');
    expect(deserializeThrown(serializeThrown(() => 1))).toBe('() => 1');
  });

  it('maps unknown or missing codes to internal', () => {
    expect(errorCode(new Error('x'))).toBe('internal');
    expect(errorCode(Object.assign(new Error('x'), { code: 'made-up' }))).toBe('internal');
    expect(errorCode(null)).toBe('internal');
    expect(errorCode({ code: 'locked' })).toBe('locked');
  });
});

describe('across a real comlink channel', () => {
  const ports: { close(): void }[] = [];
  afterEach(() => {
    for (const port of ports.splice(0)) port.close();
  });

  it('rejects on the caller side with the same name, message and code', async () => {
    installErrorTransfer();
    installErrorTransfer(); // idempotent
    const { port1, port2 } = new MessageChannel();
    ports.push(port1, port2);
    expose(
      {
        fail(): void {
          throw coreError('wrong-passphrase', 'The passphrase is not right.');
        },
        async failLater(): Promise<never> {
          throw new KintsugiError('locked', 'The vault is locked.');
        },
        ok: () => 42,
      },
      port1 as unknown as Parameters<typeof expose>[1],
    );
    const remote = wrap<{ fail(): void; failLater(): Promise<never>; ok(): number }>(port2 as unknown as Parameters<typeof wrap>[0]);
    await expect(remote.ok()).resolves.toBe(42);
    const error = await remote.fail().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'KintsugiError', message: 'The passphrase is not right.', code: 'wrong-passphrase' });
    await expect(remote.failLater()).rejects.toMatchObject({ code: 'locked' });
  });
});

describe('the list of codes', () => {
  it("is the core's generated codes, then the worker's own, each once", () => {
    expect(ERROR_CODES.slice(0, CORE_ERROR_CODES.length)).toEqual([...CORE_ERROR_CODES]);
    expect(ERROR_CODES).toContain('wrong-passphrase');
    expect(ERROR_CODES).toContain('truncated');
    expect(ERROR_CODES).toContain('wasm-unavailable');
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });
});
