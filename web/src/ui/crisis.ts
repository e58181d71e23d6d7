// Pure helpers for crisis lines and the person's own contacts: one-tap links and region picking.
import { FALLBACK_REGION, REGIONS, type CrisisLine, type Region, type RegionCode } from '../content/crisis-lines';

/** Digits with an optional leading '+': what a phone dials. Spaces, dashes, dots and brackets go. */
export function dialString(number: string): string {
  const trimmed = number.trim();
  const digits = trimmed.replace(/\D/g, '');
  return trimmed.startsWith('+') ? `+${digits}` : digits;
}

export function telHref(number: string): string {
  return `tel:${dialString(number)}`;
}

/** An sms: link; `body` pre-fills the first word a line asks for (e.g. START). */
export function smsHref(number: string, body?: string): string {
  const to = dialString(number);
  return body ? `sms:${to}?body=${encodeURIComponent(body)}` : `sms:${to}`;
}

export function lineHref(line: CrisisLine): string {
  return line.kind === 'text' ? smsHref(line.number, line.smsBody) : telHref(line.number);
}

export function findRegion(code: string): Region | undefined {
  return REGIONS.find((r) => r.code === code);
}

function regionSubtag(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).region;
  } catch {
    return undefined;
  }
}

/** The first browser language whose region subtag (en-GB, fr-CA) we have lines for. */
export function pickRegion(languages: readonly string[]): RegionCode | null {
  for (const tag of languages) {
    const sub = regionSubtag(tag);
    const region = sub ? REGIONS.find((r) => r.subtags.includes(sub)) : undefined;
    if (region) return region.code;
  }
  return null;
}

/** The person's saved choice if it names a region, else the browser language, else the fallback. */
export function effectiveRegion(saved: string, languages: readonly string[]): RegionCode {
  return findRegion(saved)?.code ?? pickRegion(languages) ?? FALLBACK_REGION;
}
