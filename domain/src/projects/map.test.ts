import { describe, expect, it } from 'vitest';
import { isInsidePolygon, placeInside, type ParkOutline } from './map.js';
import { projectMap } from './project-contract.js';

/** An L-shaped park with a hole (a reservoir): the corner of the L and the hole are outside. */
const park: ParkOutline = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [10, 0],
      [10, 4],
      [4, 4],
      [4, 10],
      [0, 10],
      [0, 0],
    ],
    [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 2],
      [1, 1],
    ],
  ],
};

describe('the park map', () => {
  it.each([
    [[5, 2], true],
    [[2, 8], true],
    [[8, 8], false],
    [[1.5, 1.5], false],
    [[-1, 5], false],
  ] as const)('%j inside: %s', (point, inside) => {
    expect(isInsidePolygon([point[0], point[1]], park)).toBe(inside);
  });

  it('places every project inside its park, always in the same place', () => {
    for (let index = 0; index < 200; index += 1) {
      const seed = `project-${index}`;
      const point = placeInside(park, seed);
      expect(isInsidePolygon(point, park)).toBe(true);
      expect(placeInside(park, seed)).toEqual(point);
    }
    expect(placeInside(park, 'a')).not.toEqual(placeInside(park, 'b'));
  });
});

describe('the map answer', () => {
  const answer = (park: number[]) => ({
    parks: { type: 'FeatureCollection', features: [] },
    colours: ['green', 'yellow', 'red'],
    projects: { ids: ['0b0c6f4e-8d1a-4c57-9f11-2a3b4c5d6e7f'], park, colour: [2] },
    unplaced: 0,
  });

  it('holds one park and one colour per project id', () => {
    expect(projectMap.safeParse(answer([0])).success).toBe(true);
    expect(projectMap.safeParse(answer([])).success).toBe(false);
    expect(projectMap.safeParse(answer([0, 0])).success).toBe(false);
  });
});
