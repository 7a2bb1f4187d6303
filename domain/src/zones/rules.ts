/**
 * Zone setup rules: the 行政区划代码, sub-park outlines as GeoJSON, and the first-run checklist.
 * Pure: the server enforces them, the web shows them before a save.
 */

/** The name and code a fresh install gives its one zone (bootstrap without the demo). */
export const defaultZoneName = '高新区';
export const defaultZoneCode = 'ZONE';

/** Units amounts are displayed in; amounts are stored exactly whichever is chosen. */
export const amountUnits = ['元', '万元', '亿元'] as const;
export type AmountUnit = (typeof amountUnits)[number];

/** How 时序进度 is reckoned: N ÷ 12 months, or calendar days elapsed ÷ days in the year. */
export const scheduleBases = ['months', 'days'] as const;
export type ScheduleBasis = (typeof scheduleBases)[number];

/** The first two digits of GB/T 2260 codes: provinces, autonomous regions, municipalities, SARs, Taiwan. */
const provincePrefixes = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

export type DivisionCodeProblem = 'divisionCodeFormat' | 'divisionCodeProvince' | 'divisionCodeProvinceLevel';

/**
 * Checks a 行政区划代码: six digits, a known province prefix, and below province level (a zone
 * lies in a city or a county, e.g. 510500 泸州市, 510504 龙马潭区).
 */
export function divisionCodeProblem(code: string): DivisionCodeProblem | undefined {
  if (!/^\d{6}$/.test(code)) return 'divisionCodeFormat';
  if (!provincePrefixes.has(code.slice(0, 2))) return 'divisionCodeProvince';
  if (code.endsWith('0000')) return 'divisionCodeProvinceLevel';
  return undefined;
}

export type OutlinePosition = [number, number];
export interface PolygonOutline {
  type: 'Polygon';
  coordinates: OutlinePosition[][];
}
export interface MultiPolygonOutline {
  type: 'MultiPolygon';
  coordinates: OutlinePosition[][][];
}
export type Outline = PolygonOutline | MultiPolygonOutline;

/** At most this many positions in one outline: a district boundary needs hundreds, not millions. */
export const maxOutlinePositions = 20_000;
/** At most this many characters of GeoJSON text pasted or uploaded. */
export const maxOutlineTextLength = 1_000_000;

export type OutlineProblem =
  | { key: 'outlineNotJson' }
  | { key: 'outlineTooLarge'; maximum: number }
  | { key: 'outlineType'; found: string }
  | { key: 'outlineFeatureCount'; count: number }
  | { key: 'outlineCoordinates'; path: string }
  | { key: 'outlineRingTooShort'; path: string }
  | { key: 'outlineRingNotClosed'; path: string };

export type OutlineResult = { outline: Outline } | { problem: OutlineProblem };

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function checkRing(ring: unknown, path: string, counter: { positions: number }): OutlineProblem | undefined {
  if (!Array.isArray(ring)) return { key: 'outlineCoordinates', path };
  for (let index = 0; index < ring.length; index += 1) {
    const position: unknown = ring[index];
    if (!Array.isArray(position) || position.length < 2 || position.length > 3 || !position.every(isNumber)) {
      return { key: 'outlineCoordinates', path: `${path}[${index}]` };
    }
  }
  counter.positions += ring.length;
  if (counter.positions > maxOutlinePositions)
    return { key: 'outlineTooLarge', maximum: maxOutlinePositions };
  if (ring.length < 4) return { key: 'outlineRingTooShort', path };
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) return { key: 'outlineRingNotClosed', path };
  return undefined;
}

function checkPolygon(rings: unknown, path: string, counter: { positions: number }) {
  if (!Array.isArray(rings) || rings.length === 0) return { key: 'outlineCoordinates', path } as const;
  for (let index = 0; index < rings.length; index += 1) {
    const problem = checkRing(rings[index], `${path}[${index}]`, counter);
    if (problem) return problem;
  }
  return undefined;
}

/** Keeps x and y only (a third, elevation value is dropped): the map draws a plane. */
const flat = (rings: number[][][]): OutlinePosition[][] =>
  rings.map((ring) => ring.map((position) => [position[0]!, position[1]!] as OutlinePosition));

/**
 * Validates an outline given as a GeoJSON geometry, a Feature or a FeatureCollection of one
 * feature (what GIS tools export), or its text. Accepts Polygon and MultiPolygon with closed rings
 * of at least four numeric positions; a MultiPolygon of one polygon is stored as that Polygon, the
 * form the 挂图作战 map draws.
 */
export function parseOutline(input: unknown): OutlineResult {
  let value = input;
  if (typeof value === 'string') {
    if (value.length > maxOutlineTextLength) {
      return { problem: { key: 'outlineTooLarge', maximum: maxOutlinePositions } };
    }
    try {
      value = JSON.parse(value);
    } catch {
      return { problem: { key: 'outlineNotJson' } };
    }
  }
  const typeOf = (candidate: unknown) =>
    candidate && typeof candidate === 'object' && 'type' in candidate
      ? String(candidate.type)
      : typeof candidate;
  if (typeOf(value) === 'FeatureCollection') {
    const features = (value as { features?: unknown }).features;
    const count = Array.isArray(features) ? features.length : 0;
    if (count !== 1) return { problem: { key: 'outlineFeatureCount', count } };
    value = (features as unknown[])[0];
  }
  if (typeOf(value) === 'Feature') value = (value as { geometry?: unknown }).geometry;
  const type = typeOf(value);
  const coordinates = (value as { coordinates?: unknown } | null)?.coordinates;
  const counter = { positions: 0 };
  if (type === 'Polygon') {
    const problem = checkPolygon(coordinates, 'coordinates', counter);
    if (problem) return { problem };
    return { outline: { type: 'Polygon', coordinates: flat(coordinates as number[][][]) } };
  }
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) {
      return { problem: { key: 'outlineCoordinates', path: 'coordinates' } };
    }
    for (let index = 0; index < coordinates.length; index += 1) {
      const problem = checkPolygon(coordinates[index], `coordinates[${index}]`, counter);
      if (problem) return { problem };
    }
    const polygons = (coordinates as number[][][][]).map(flat);
    if (polygons.length === 1) return { outline: { type: 'Polygon', coordinates: polygons[0]! } };
    return { outline: { type: 'MultiPolygon', coordinates: polygons } };
  }
  return { problem: { key: 'outlineType', found: value === null ? 'null' : type } };
}

/** The items of the first-run checklist, in the order an administrator does them. */
export const setupSteps = ['zoneNamed', 'departments', 'parks', 'officer', 'enterprises'] as const;
export type SetupStep = (typeof setupSteps)[number];

export interface SetupFacts {
  zoneName: string;
  zoneCode: string;
  activeDepartments: number;
  activeParks: number;
  officers: number;
  enterprises: number;
}

/** Which checklist items are done; the checklist is complete when every one is. */
export function setupChecklist(facts: SetupFacts): { step: SetupStep; done: boolean }[] {
  const done: Record<SetupStep, boolean> = {
    zoneNamed: facts.zoneName !== defaultZoneName && facts.zoneCode !== defaultZoneCode,
    departments: facts.activeDepartments > 0,
    parks: facts.activeParks > 0,
    officer: facts.officers > 0,
    enterprises: facts.enterprises > 0,
  };
  return setupSteps.map((step) => ({ step, done: done[step] }));
}
