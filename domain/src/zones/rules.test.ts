import { describe, expect, it } from 'vitest';
import { schedulePercentOf } from '../indicators/targets.js';
import { divisionCodeProblem, maxOutlinePositions, parseOutline, setupChecklist } from './rules.js';

const ring = [
  [0, 0],
  [4, 0],
  [4, 3],
  [0, 0],
];

describe('行政区划代码', () => {
  it.each([
    ['510500', undefined],
    ['510504', undefined],
    ['110108', undefined],
    ['51050', 'divisionCodeFormat'],
    ['51050a', 'divisionCodeFormat'],
    ['990100', 'divisionCodeProvince'],
    ['510000', 'divisionCodeProvinceLevel'],
  ])('%s → %s', (code, problem) => {
    expect(divisionCodeProblem(code)).toBe(problem);
  });
});

describe('sub-park outlines', () => {
  it('unwraps a Feature and a one-feature FeatureCollection, and drops a third coordinate', () => {
    const polygon = { type: 'Polygon', coordinates: [ring.map(([x, y]) => [x, y, 12])] };
    const expected = { outline: { type: 'Polygon', coordinates: [ring] } };
    expect(parseOutline({ type: 'Feature', geometry: polygon })).toEqual(expected);
    expect(
      parseOutline(
        JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: polygon }] }),
      ),
    ).toEqual(expected);
  });

  it('keeps a real MultiPolygon and flattens a one-polygon one', () => {
    expect(parseOutline({ type: 'MultiPolygon', coordinates: [[ring]] })).toEqual({
      outline: { type: 'Polygon', coordinates: [ring] },
    });
    expect(parseOutline({ type: 'MultiPolygon', coordinates: [[ring], [ring]] })).toMatchObject({
      outline: { type: 'MultiPolygon' },
    });
  });

  it.each([
    ['{', { key: 'outlineNotJson' }],
    [
      { type: 'LineString', coordinates: ring },
      { key: 'outlineType', found: 'LineString' },
    ],
    [null, { key: 'outlineType', found: 'null' }],
    [
      { type: 'FeatureCollection', features: [] },
      { key: 'outlineFeatureCount', count: 0 },
    ],
    [
      { type: 'Polygon', coordinates: [] },
      { key: 'outlineCoordinates', path: 'coordinates' },
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, Number.NaN],
            [1, 1],
            [0, 0],
          ],
        ],
      },
      { key: 'outlineCoordinates', path: 'coordinates[0][1]' },
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
      { key: 'outlineRingTooShort', path: 'coordinates[0]' },
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
      },
      { key: 'outlineRingNotClosed', path: 'coordinates[0]' },
    ],
    [
      {
        type: 'MultiPolygon',
        coordinates: [
          [ring],
          [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [2, 2],
            ],
          ],
        ],
      },
      { key: 'outlineRingNotClosed', path: 'coordinates[1][0]' },
    ],
  ])('refuses %j', (input, problem) => {
    expect(parseOutline(input)).toEqual({ problem });
  });

  it('refuses more positions than the limit', () => {
    const big = Array.from({ length: maxOutlinePositions }, (_, index) => [index, index % 3]);
    expect(parseOutline({ type: 'Polygon', coordinates: [[...big, big[0]]] })).toEqual({
      problem: { key: 'outlineTooLarge', maximum: maxOutlinePositions },
    });
  });
});

describe('时序进度 basis', () => {
  it('is N ÷ 12 by months and calendar days by days (leap years too)', () => {
    expect(schedulePercentOf(2026, 6)).toBe(50);
    expect(schedulePercentOf(2026, 6, 'days')).toBe(49.59);
    expect(schedulePercentOf(2028, 2, 'days')).toBe(16.39);
    expect(schedulePercentOf(2026, 12, 'days')).toBe(100);
  });
});

describe('first-run checklist', () => {
  it('is done only when the zone is renamed and every count is above zero', () => {
    const facts = {
      zoneName: '高新区',
      zoneCode: 'ZONE',
      activeDepartments: 0,
      activeParks: 0,
      officers: 0,
      enterprises: 0,
    };
    expect(setupChecklist(facts).every((step) => !step.done)).toBe(true);
    const ready = {
      zoneName: '某某高新区',
      zoneCode: 'MM',
      activeDepartments: 1,
      activeParks: 1,
      officers: 1,
      enterprises: 1,
    };
    expect(setupChecklist(ready).every((step) => step.done)).toBe(true);
    expect(setupChecklist({ ...ready, zoneCode: 'ZONE' })[0]).toEqual({ step: 'zoneNamed', done: false });
  });
});
