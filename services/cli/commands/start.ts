import { ConfigError, parseConfig } from '../../config.ts';
import { randomPassword, seedDemo } from '../../demo/seed-demo.ts';
import { startGatepost } from '../../main.ts';
import { countUsers } from '../../repositories/demo.ts';
import type { CliCommand } from '../command.ts';
import { say } from '../runtime.ts';

export const command: CliCommand = {
  summary: 'Run Gatepost (ROLE=all|api|worker); on a fresh embedded database, seeds the demo',
  usage: 'start',
  async run() {
    let config: ReturnType<typeof parseConfig>;
    try {
      config = parseConfig();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      say(error.message);
      return 2;
    }
    const running = await startGatepost(config, async ({ services }) => {
      // A first run on a laptop: give the newcomer someone to sign in as.
      if (config.ROLE === 'all' && (await countUsers(services.db)) === 0) {
        const password = randomPassword();
        const seeded = await seedDemo(services.db, { password });
        say(`First run: demo users created, password ${password}\n  ${seeded.users.join('\n  ')}`);
      }
    });
    if (running.url) say(`Gatepost is running: open ${running.url}`);
    else say('Gatepost workers are running.');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    say('Stopping…');
    await running.stop();
    return 0;
  },
};
