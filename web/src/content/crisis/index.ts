// The crisis-line directory: one file per region. Add a region here and in RegionCode (types.ts).
import { AU } from './au';
import { CA } from './ca';
import { DE } from './de';
import { ES } from './es';
import { EU } from './eu';
import { FR } from './fr';
import { IE } from './ie';
import { IN } from './in';
import { IT } from './it';
import { NL } from './nl';
import { NZ } from './nz';
import { contentFor } from '../../i18n/language';
import { DIRECTORY_ES } from './text.es';
import { translated } from './translate';
import type { Region } from './types';
import { UK } from './uk';
import { US } from './us';

export * from './types';

/** The regions in English, in the chooser's order: alphabetical by English name, the EU-wide numbers last. */
export const REGIONS_EN: readonly Region[] = [AU, CA, FR, DE, IN, IE, IT, NL, NZ, ES, UK, US, EU];

/** The regions in the language spoken, in the same order. */
export const REGIONS: readonly Region[] = contentFor({ en: REGIONS_EN, es: translated(REGIONS_EN, DIRECTORY_ES) });
