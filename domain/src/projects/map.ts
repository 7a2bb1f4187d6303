/**
 * The "挂图作战" map without online tiles: sub-park outlines as GeoJSON polygons in the zone's own
 * plane, and a stable place for each project inside its park.
 */
export type Position = [number, number];

export interface ParkOutline {
  type: 'Polygon';
  /** The outer ring first; rings are closed (the last position repeats the first). */
  coordinates: Position[][];
}

/** Ray casting over the outer ring, less the holes. */
export function isInsidePolygon([x, y]: Position, polygon: ParkOutline): boolean {
  const inRing = (ring: Position[]) => {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
  const [outer, ...holes] = polygon.coordinates;
  return outer !== undefined && inRing(outer) && !holes.some(inRing);
}

/** A deterministic number stream from a text (FNV-1a seeded xorshift), so a project keeps its place. */
function streamOf(seed: string): () => number {
  let state = 2166136261;
  for (const character of seed) state = Math.imul(state ^ character.charCodeAt(0), 16777619) >>> 0;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
}

/**
 * A point inside the outline that depends only on the seed (the project's id): the same project is
 * always drawn in the same place. Falls back to the ring's first vertex for a degenerate outline.
 */
export function placeInside(polygon: ParkOutline, seed: string): Position {
  const ring = polygon.coordinates[0] ?? [];
  const xs = ring.map((position) => position[0]);
  const ys = ring.map((position) => position[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const next = streamOf(seed);
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const point: Position = [minX + next() * (maxX - minX), minY + next() * (maxY - minY)];
    if (isInsidePolygon(point, polygon)) return point;
  }
  return ring[0] ?? [0, 0];
}
