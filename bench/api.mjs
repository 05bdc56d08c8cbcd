// The reference server's throughput on loopback, with autocannon, against a fresh server.
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';

const run = (options) => new Promise((resolve, reject) => autocannon(options, (error, result) => (error ? reject(error) : resolve(result))));

export async function measureApi(server, { seconds }) {
  await server.reset();
  const ids = '13965,gnlc-future-skills,13958,14210,14388,15102,15140,15177,15190,14501';
  const targets = {
    'GET /activities/{id}': { url: `${server.origin}/api/activities/13965` },
    'GET /activities?ids= (10)': { url: `${server.origin}/api/activities?ids=${encodeURIComponent(ids)}` },
    'POST /claims': {
      url: `${server.origin}/api/claims`,
      method: 'POST',
      // Every claim is a new one: its own idempotency key and e-mail address.
      requests: [{
        setupRequest: (req) => {
          const key = randomUUID();
          return {
            ...req,
            headers: { 'content-type': 'application/json', 'idempotency-key': key },
            // digital-step has one self-checked text task: the claim is issued at once.
            body: JSON.stringify({ badgeId: 'digital-step', recipient: { name: 'Bench', email: `${key}@example.org` }, consent: true, answers: { t1: ['I planned my budget in a spreadsheet.'] } }),
          };
        },
      }],
    },
  };
  const result = {};
  for (const [name, options] of Object.entries(targets)) {
    const r = await run({ connections: 10, duration: seconds, ...options });
    result[name] = { requestsPerSecond: r.requests.average, latencyP50: r.latency.p50, latencyP99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
  }
  return result;
}
