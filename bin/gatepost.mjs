#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so the same sources serve `npm start` and scripts;
// the streaming text checks start from a bundle of the same sources (see bundled-start.mjs).
import { startBundled } from './bundled-start.mjs';

if (!(await startBundled(process.argv[2]))) {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../services/cli/main.ts');
}
