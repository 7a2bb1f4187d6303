import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { featureMessageLoaders, type FeatureMessages } from './feature-messages';
import { zh } from './zh';

/**
 * A page whose route does not load a dictionary it uses would show keys instead of text. This
 * reads the code each route's page reaches (its static imports and the chunks it loads itself),
 * collects the message keys written in it - whole keys and the fixed start of computed ones - and
 * checks that the route names the feature of every one, and that the first load uses only the
 * shell's text.
 */
const appDir = dirname(dirname(fileURLToPath(import.meta.url)));
const srcDir = dirname(appDir);

const featureOfKey = new Map<string, FeatureMessages>();
for (const feature of Object.keys(featureMessageLoaders) as FeatureMessages[]) {
  for (const key of Object.keys(await featureMessageLoaders[feature]())) featureOfKey.set(key, feature);
}

function resolveModule(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
    (path) => path.startsWith(srcDir) && existsSync(path) && /\.tsx?$/.test(path),
  );
}

/** The source files a module runs: static imports (not `import type`), and with `dynamic` its lazy chunks too. */
function reachedFiles(entry: string, dynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    // Dictionaries hold every key of their feature as data; they are not code that shows text.
    if (seen.has(file) || /messages[\w-]*\.(zh|en)\.ts$|[\\/]i18n[\\/](zh|en)\.ts$/.test(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const specifiers = [
      ...[...code.matchAll(/^(?:import|export)(?! type )[^;]*?from '(\.[^']+)'/gms)].map((m) => m[1]!),
      ...[...code.matchAll(/^import '(\.[^']+)'/gm)].map((m) => m[1]!),
      ...(dynamic ? [...code.matchAll(/import\('(\.[^']+)'\)/g)].map((m) => m[1]!) : []),
    ];
    for (const specifier of specifiers) {
      const target = resolveModule(file, specifier);
      if (target) visit(target);
    }
  };
  visit(entry);
  return seen;
}

/** The features whose keys appear in the files, with one example key each. */
function usedFeatures(files: Iterable<string>): Map<FeatureMessages, string> {
  const used = new Map<FeatureMessages, string>();
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const [, key] of code.matchAll(/['"]([a-zA-Z]\w*(?:\.[\w-]+)+)['"]/g)) {
      const feature = featureOfKey.get(key!);
      if (feature && !used.has(feature)) used.set(feature, `${key} in ${file.slice(srcDir.length + 1)}`);
    }
    // `appeals.state.${state}`: every feature with a key of that start.
    for (const [, start] of code.matchAll(/`([a-zA-Z]\w*(?:\.[\w-]+)*\.)\$\{/g)) {
      for (const [key, feature] of featureOfKey) {
        if (key.startsWith(start!) && !used.has(feature)) {
          used.set(feature, `${start}… in ${file.slice(srcDir.length + 1)}`);
        }
      }
    }
  }
  return used;
}

const routerFile = join(appDir, 'router.tsx');
/** Every lazyPage([...features], () => import('...')) in the app, with the file it is declared in. */
const routes = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
  .filter((path) => /\.tsx?$/.test(path) && !path.endsWith('.test.ts'))
  .flatMap((path) => {
    const file = join(srcDir, path);
    return [
      ...readFileSync(file, 'utf8').matchAll(/lazyPage\(\s*\[([^\]]*)\],\s*\(\) =>\s*import\('([^']+)'\)/g),
    ].map(([, features, module]) => ({
      file,
      module: module!,
      features: [...features!.matchAll(/'(\w+)'/g)].map((m) => m[1]!),
    }));
  });

describe('every page loads the text it shows', () => {
  test('the router declares its pages with lazyPage', () => {
    expect(routes.filter((route) => route.file === routerFile).length).toBeGreaterThan(30);
    expect(readFileSync(routerFile, 'utf8')).not.toMatch(/\blazy\(/);
  });

  test.each(routes)('$module names the features of its keys', ({ file, module, features }) => {
    const entry = resolveModule(file, module);
    expect(entry, `${module} resolves`).toBeDefined();
    const missing = [...usedFeatures(reachedFiles(entry!, true))]
      .filter(([feature]) => !features.includes(feature))
      .map(([feature, example]) => `${feature} (${example})`);
    expect(missing).toEqual([]);
  });

  test('the first page load uses only the shell’s text', () => {
    const entry = join(srcDir, 'main.tsx');
    expect([...usedFeatures(reachedFiles(entry, false)).values()]).toEqual([]);
    // And the shell's own keys really are the ones zh.ts holds.
    expect(zh['app.name']).toBe('高新区智慧管理服务平台');
  });
});
