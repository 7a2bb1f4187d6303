/** Escapes LIKE's wildcards, so what a user types is matched literally ("%" finds a percent sign). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
