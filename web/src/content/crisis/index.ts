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
import type { Region } from './types';
import { UK } from './uk';
import { US } from './us';

export * from './types';

/** In the order the region chooser lists them: alphabetical by English name, the EU-wide numbers last. */
export const REGIONS: readonly Region[] = contentFor({ en: [AU, CA, FR, DE, IN, IE, IT, NL, NZ, ES, UK, US, EU] });
