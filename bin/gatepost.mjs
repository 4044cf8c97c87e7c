#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so the same sources serve `npm start` and scripts.
import { register } from 'tsx/esm/api';

register();
await import('../services/cli/main.ts');
