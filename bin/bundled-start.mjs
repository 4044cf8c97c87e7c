// `gatepost check-text` and `check-comments` are short-lived processes that stream texts through
// the checks: starting tsx's loader (a worker thread, then a round trip to it per module) is a
// sixth of their work. These two run from one esbuild bundle of their modules instead (esbuild is
// what tsx transforms with), kept under node_modules/.cache and rebuilt as soon as any bundled
// file has changed. When a bundle cannot be built or kept, the command starts through tsx as usual.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');
/** One cache per working tree, so two checkouts sharing node_modules never run each other's code. */
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'gatepost-cli', ROOT.replace(/[^\w]+/g, '-'));
const COMMANDS = {
  'check-text': 'services/cli/commands/check-text.ts',
  'check-comments': 'services/cli/commands/check-comments.ts',
};
/** Files that change what a bundle would contain besides its sources. */
const SETTINGS = ['tsconfig.json', 'package.json', 'bin/bundled-start.mjs'];

const stamp = (file) => {
  const { mtimeMs, size } = statSync(path.join(ROOT, file));
  return { file, mtimeMs, size };
};

/** Whether the bundle is there and every file it was made from is as it was then. */
function fresh(bundleFile, manifestFile) {
  try {
    statSync(bundleFile);
    const { inputs } = JSON.parse(readFileSync(manifestFile, 'utf8'));
    return inputs.every((input) => {
      const now = stamp(input.file);
      return now.mtimeMs === input.mtimeMs && now.size === input.size;
    });
  } catch {
    return false;
  }
}

/** Written under a temporary name and renamed, so a concurrent start never reads half a file. */
function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

async function build(name, bundleFile, manifestFile) {
  const { buildSync } = await import('esbuild');
  const startedAt = Date.now();
  const sourcefile = `${name}-entry.ts`;
  const entry = [
    "import { runCli } from './services/cli/run-cli.ts';",
    `import { command } from './${COMMANDS[name]}';`,
    `runCli({ '${name}': async () => ({ command }) }, process.argv.slice(2));`,
  ].join('\n');
  const { outputFiles, metafile } = buildSync({
    stdin: { contents: entry, resolveDir: ROOT, sourcefile, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages load from node_modules as they would under tsx; names kept as tsx keeps them.
    packages: 'external',
    keepNames: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const sources = Object.keys(metafile.inputs).filter((file) => file !== sourcefile);
  const inputs = [...sources, ...SETTINGS].map(stamp);
  mkdirSync(CACHE, { recursive: true });
  writeAtomically(bundleFile, outputFiles[0].contents);
  // A file edited while the bundle was built may not be in it: run this bundle, but keep no record.
  if (inputs.every((input) => input.mtimeMs < startedAt)) {
    writeAtomically(manifestFile, JSON.stringify({ inputs }));
  }
}

/** Starts `name` from its bundle; false when it is not a bundled command or no bundle can be had. */
export async function startBundled(name) {
  if (!Object.hasOwn(COMMANDS, name)) return false;
  const bundleFile = path.join(CACHE, `${name}.mjs`);
  const manifestFile = path.join(CACHE, `${name}.json`);
  if (!fresh(bundleFile, manifestFile)) {
    try {
      await build(name, bundleFile, manifestFile);
    } catch {
      return false;
    }
  }
  await import(pathToFileURL(bundleFile).href);
  return true;
}
