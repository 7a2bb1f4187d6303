/**
 * How much JavaScript the first page load ships, gzipped: the entry and every chunk it imports
 * (what index.html preloads), plus the route chunks the page loads at once and their imports (the
 * sign-in page; the signed-in frame and the home page). Read from the build's manifest; kB are
 * 1,000 bytes of gzip at its default level, as Vite reports them.
 *
 *   npm run build && npx tsx scripts/bundle-size.ts [web/dist] [--max-kb 300]
 *
 * Prints one line per page and exits non-zero when a page is above the limit (default the aim).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The aim of the first page load, in kB of gzipped JavaScript (issue 13). */
export const initialJavaScriptAimKb = 300;
/**
 * The ceiling a build must stay under so that the first load does not grow back: the aim, met once
 * the feature dictionaries, antd's App hooks and the inbox left the first load (was 345 kB).
 */
export const initialJavaScriptCeilingKb = 300;

/**
 * The pages measured, by the source files of the route chunks they load at once: the pages and the
 * feature dictionaries their routes load with them (the lazyPage lists of web/src/app/router.tsx).
 */
export const measuredPages = {
  signIn: ['src/features/auth/login-page.tsx'],
  home: [
    'src/app/layout/main-layout.tsx',
    'src/features/home/home-page.tsx',
    'src/features/home/messages.zh.ts',
    'src/features/appeals/messages.zh.ts',
    'src/features/investment/messages.zh.ts',
    'src/features/zone-settings/messages.zh.ts',
  ],
} as const;

type ManifestChunk = { file: string; src?: string; isEntry?: boolean; imports?: string[] };

export interface PageWeight {
  page: keyof typeof measuredPages | 'entry';
  /** Gzipped bytes (level 6, what a web server sends) of all its JavaScript. */
  gzipBytes: number;
  files: string[];
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const defaultDist = join(repoRoot, 'web', 'dist');

/** The JavaScript each measured page loads at once, from the manifest Vite writes with the build. */
export function measureInitialJavaScript(dist = defaultDist): PageWeight[] {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entry) throw new Error(`no entry in the manifest of ${dist}`);
  // A chunk and, recursively, the chunks it imports statically (they load before it runs).
  const closure = (key: string, into: Set<string>) => {
    if (into.has(key)) return into;
    into.add(key);
    for (const imported of manifest[key]?.imports ?? []) closure(imported, into);
    return into;
  };
  const sizes = new Map<string, number>();
  const gzipped = (file: string) => {
    let size = sizes.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(join(dist, file))).length;
      sizes.set(file, size);
    }
    return size;
  };
  const entryFiles = [...closure(entry, new Set())]
    .map((key) => manifest[key]!.file)
    .filter((file) => file.endsWith('.js'));
  const entryWeight: PageWeight = {
    page: 'entry',
    files: entryFiles,
    gzipBytes: entryFiles.reduce((sum, file) => sum + gzipped(file), 0),
  };
  const pages = (Object.keys(measuredPages) as (keyof typeof measuredPages)[]).map((page) => {
    const keys = closure(entry, new Set());
    for (const source of measuredPages[page]) {
      const route = Object.keys(manifest).find((key) => manifest[key]!.src === source);
      if (!route) throw new Error(`${source} is not a chunk of the build in ${dist}`);
      closure(route, keys);
    }
    const files = [...keys].map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js'));
    return { page, files, gzipBytes: files.reduce((sum, file) => sum + gzipped(file), 0) };
  });
  return [entryWeight, ...pages];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const limitIndex = args.indexOf('--max-kb');
  const limit = limitIndex >= 0 ? Number(args[limitIndex + 1]) : initialJavaScriptAimKb;
  const dist =
    args.find((arg, index) => !arg.startsWith('--') && (limitIndex < 0 || index !== limitIndex + 1)) ??
    defaultDist;
  let over = false;
  for (const { page, gzipBytes, files } of measureInitialJavaScript(resolve(dist))) {
    const kb = gzipBytes / 1000;
    if (page !== 'entry') over ||= kb > limit;
    console.log(
      `${page.padEnd(7)} ${kb.toFixed(1).padStart(6)} kB gzip in ${files.length} files (limit ${limit} kB)`,
    );
  }
  process.exitCode = over ? 1 : 0;
}
