// The crisis-line data is checked like code: a wrong number here could cost someone help.
import { describe, expect, it } from 'vitest';
import { FALLBACK_REGION, REGIONS } from './crisis-lines';
import { dialString, effectiveRegion, lineHref, pickRegion, smsHref, telHref } from '../ui/crisis';

describe('crisis-line content', () => {
  it('has the regions the issue asks for, each with an emergency number', () => {
    expect(REGIONS.map((r) => r.code).sort()).toEqual(['au', 'ca', 'eu', 'ie', 'uk', 'us']);
    for (const region of REGIONS) {
      const emergency = region.lines.filter((l) => l.emergency && l.kind === 'call');
      expect(emergency.length, region.code).toBeGreaterThan(0);
      expect(region.lines[0]?.emergency, `${region.code} lists emergency first`).toBe(true);
    }
  });

  it('gives every line a dialable link, a purpose, a source and a unique id', () => {
    const ids = new Set<string>();
    for (const region of REGIONS) {
      for (const line of region.lines) {
        expect(ids.has(line.id), line.id).toBe(false);
        ids.add(line.id);
        expect(line.id.startsWith(`${region.code}-`), line.id).toBe(true);
        const href = lineHref(line);
        const pattern = line.kind === 'call' ? /^tel:\+?\d{3,15}$/ : /^sms:\+?\d{3,15}(\?body=[A-Z]+)?$/;
        expect(href, line.id).toMatch(pattern);
        expect(line.number, line.id).toMatch(/^[+\d][\d\s-]*\d$/);
        expect(line.name.trim(), line.id).not.toBe('');
        expect(line.purpose, line.id).toMatch(/^[A-Z].*\.$/);
        expect(line.source.trim().length, line.id).toBeGreaterThan(5);
      }
    }
  });

  it('holds the numbers the issue lists', () => {
    const hrefs = (code: string) => REGIONS.find((r) => r.code === code)?.lines.map(lineHref) ?? [];
    expect(hrefs('us')).toEqual(['tel:911', 'tel:988', 'sms:988', 'tel:18007997233', 'sms:88788?body=START']);
    expect(hrefs('uk')).toEqual(['tel:999', 'tel:08082000247', 'tel:116123']);
    expect(hrefs('ca')).toEqual(['tel:911', 'tel:988', 'sms:988']);
    expect(hrefs('au')).toEqual(['tel:000', 'tel:1800737732', 'tel:131114']);
    expect(hrefs('ie')).toEqual(['tel:112', 'tel:999', 'tel:1800341900', 'tel:116123']);
    expect(hrefs('eu')).toEqual(['tel:112']);
  });

  it('maps each region subtag to one region only', () => {
    const all = REGIONS.flatMap((r) => r.subtags);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('links', () => {
  it('dials digits and a leading plus only', () => {
    expect(dialString(' +44 (0)7700-900.123 ')).toBe('+4407700900123');
    expect(dialString('0808 2000 247')).toBe('08082000247');
    expect(telHref('1-800-799-7233')).toBe('tel:18007997233');
    expect(smsHref('88788', 'START now')).toBe('sms:88788?body=START%20now');
    expect(smsHref('+1 555 0100')).toBe('sms:+15550100');
  });
});

describe('region picking', () => {
  it('uses the region subtag of the first browser language that has one we know', () => {
    expect(pickRegion(['en-GB', 'en-US'])).toBe('uk');
    expect(pickRegion(['fr-CA'])).toBe('ca');
    expect(pickRegion(['en', 'en-AU'])).toBe('au');
    expect(pickRegion(['ga-IE'])).toBe('ie');
    expect(pickRegion(['de-DE'])).toBe('eu');
    expect(pickRegion(['es-419', 'es-ES'])).toBe('eu');
    expect(pickRegion(['en', 'ja-JP'])).toBeNull();
    expect(pickRegion(['not a tag!'])).toBeNull();
    expect(pickRegion([])).toBeNull();
  });

  it('prefers a saved choice, then the language, then the fallback', () => {
    expect(effectiveRegion('ie', ['en-US'])).toBe('ie');
    expect(effectiveRegion('', ['en-US'])).toBe('us');
    expect(effectiveRegion('zz', ['en-GB'])).toBe('uk');
    expect(effectiveRegion('', ['ja-JP'])).toBe(FALLBACK_REGION);
  });
});
