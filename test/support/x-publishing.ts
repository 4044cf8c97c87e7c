// A Gatepost whose API runs here and whose workers run as separate processes, publishing to a
// school X account on the fake X: the stage for killing workers and breaking the platform.
import { type FakeX, startFakeX } from '../fakes/fake-x.ts';
import { type Api, approve, startTestGatepost, type TestGatepost, waitForState } from './gatepost.ts';
import { connectedXAccount, fakeXEnv } from './x-account.ts';

export interface XStage {
  fake: FakeX;
  gp: TestGatepost;
  staff: Api;
  officer: Api;
  xAccount: string;
  /** Drafts, checks and approves `text` for the X account; publishing starts at once. */
  approved(text: string): Promise<string>;
  /** Posts on the fake X carrying exactly `text`. */
  postsWith(text: string): number;
  /** Waits until the draft is PUBLISHED or FAILED; throws if it stays anywhere else. */
  settled(
    id: string,
    ms?: number,
  ): Promise<{ state: string; publications: { state: string; error?: string }[] }>;
  stop(): Promise<void>;
}

export async function startXStage(): Promise<XStage> {
  const fake = await startFakeX();
  const gp = await startTestGatepost({ role: 'api', sweepMs: 500, env: fakeXEnv(fake) });
  const [staff, officer, ict] = await Promise.all(['staff', 'officer', 'ict'].map((who) => gp.login(who)));
  const xAccount = await connectedXAccount(gp, fake, ict!);
  return {
    fake,
    gp,
    staff: staff!,
    officer: officer!,
    xAccount,
    async approved(text) {
      const { body } = await staff!('POST', '/api/drafts', { accountIds: [xAccount], text });
      await staff!('POST', `/api/drafts/${body.id}/submit`);
      const ready = await waitForState(staff!, body.id, ['AWAITING_APPROVAL'], 60_000);
      const res = await approve(officer!, ready);
      if (res.status !== 200) throw new Error(`approve: ${res.status} ${JSON.stringify(res.body)}`);
      return body.id as string;
    },
    postsWith: (text) => [...fake.state.tweets.values()].filter((t) => t.submittedText === text).length,
    settled: (id, ms = 120_000) => waitForState(staff!, id, ['PUBLISHED', 'FAILED'], ms),
    async stop() {
      await gp.stop();
      await fake.close();
    },
  };
}
