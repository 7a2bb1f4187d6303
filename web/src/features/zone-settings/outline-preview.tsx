import type { Outline } from '@gaoxin/domain';

/**
 * A small drawing of a sub-park's outline (SVG, no map tiles): the polygons fitted into the box,
 * y pointing up as in the zone's plane and in GeoJSON.
 */
export function OutlinePreview({ outline, size = 160 }: { outline: Outline; size?: number }) {
  const polygons = outline.type === 'Polygon' ? [outline.coordinates] : outline.coordinates;
  const positions = polygons.flat(2);
  const xs = positions.map((position) => position[0]);
  const ys = positions.map((position) => position[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const margin = 6;
  const scale = (size - 2 * margin) / span;
  const offsetX = margin + (size - 2 * margin - (maxX - minX) * scale) / 2;
  const offsetY = margin + (size - 2 * margin - (maxY - minY) * scale) / 2;
  const path = polygons
    .flatMap((rings) =>
      rings.map(
        (ring) =>
          ring
            .map(([x, y], index) => {
              const px = offsetX + (x - minX) * scale;
              const py = size - (offsetY + (y - minY) * scale);
              return `${index === 0 ? 'M' : 'L'}${px.toFixed(1)} ${py.toFixed(1)}`;
            })
            .join(' ') + ' Z',
      ),
    )
    .join(' ');
  return (
    <svg
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label="outline"
      data-testid="outline-preview"
      style={{ background: '#f5f8fc', border: '1px solid #e3e8ef', borderRadius: 4 }}
    >
      <path d={path} fill="#1f6feb33" stroke="#1f6feb" strokeWidth={1.5} fillRule="evenodd" />
    </svg>
  );
}

/** The number of positions of an outline, for the list. */
export function outlinePositions(outline: Outline): number {
  const polygons = outline.type === 'Polygon' ? [outline.coordinates] : outline.coordinates;
  return polygons.flat().reduce((total, ring) => total + ring.length, 0);
}
