// `gatepost scan-image IN OUT`: anonymises one photo (every face blurred) for operators and
// benchmarks. stdout carries only the JSON summary; a refused photo is a message and exit 1.
import { readFile, writeFile } from 'node:fs/promises';
import { anonymiseImage, MediaRejectedError } from '../../adapters/media/index.ts';
import type { CliCommand } from '../command.ts';
import { UsageError } from '../command.ts';

export const command: CliCommand = {
  summary: 'Blur every face in a photo, strip its metadata, and print the faces found as JSON',
  usage: 'scan-image IN OUT',
  async run(argv) {
    const [input, output, ...extra] = argv;
    if (!input || !output || extra.length > 0) throw new UsageError('expected an input and an output path');
    const bytes = await readFile(input);
    const started = Date.now();
    try {
      const result = await anonymiseImage(bytes);
      await writeFile(output, result.image, { mode: 0o600 });
      process.stderr.write(
        `scan-image: ${result.faces.length} face(s) blurred in ${Date.now() - started} ms, wrote ${output}\n`,
      );
      const summary = {
        faces: result.faces.map(({ box, score, action }) => ({ box, score, action })),
        width: result.width,
        height: result.height,
        review: result.review,
      };
      process.stdout.write(`${JSON.stringify(summary)}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof MediaRejectedError)) throw error;
      process.stderr.write(`scan-image: ${input} was refused (${error.code}): ${error.message}\n`);
      return 1;
    }
  },
};
