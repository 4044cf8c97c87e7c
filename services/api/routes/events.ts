import { schoolsOf } from '../../domain/actor.ts';
import { route } from '../route.ts';

export const eventRoutes = [
  route({
    method: 'get',
    path: '/api/events',
    summary: 'Server-sent events: a notice whenever a draft of the caller’s schools changes state',
    tag: 'events',
    access: 'signed-in',
    async handler({ services, actor, req, res }) {
      const schools = new Set(schoolsOf(actor));
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      const unsubscribe = await services.feed.subscribe((notice) => {
        // Only ids and states travel: the dashboard fetches what the person may see.
        if (schools.has(notice.schoolId))
          res.write(`event: ${notice.type}\ndata: ${JSON.stringify(notice)}\n\n`);
      });
      const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
      req.on('close', () => {
        clearInterval(keepAlive);
        unsubscribe();
      });
      return undefined;
    },
  }),
];
