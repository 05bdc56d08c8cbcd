/**
 * Talks to the reference badge API that the test runner's dev server mounts under /api: a real
 * server on a fresh in-memory database, with test-only controls to reset it, count the
 * requests it received and make it answer with faults.
 */
export const API = '/api';

export async function resetServer(): Promise<void> {
  const response = await fetch(`${API}/__test/reset`, { method: 'POST' });
  if (!response.ok) throw new Error(`reset failed: ${response.status}`);
}

export interface ServerStats {
  requests: Record<string, number>;
  total: number;
  claims: number;
  evidence: number;
  /** The credential headers of the last request to each route. */
  credentials: Record<string, { authorization: string | null; apiKey: string | null }>;
}

export async function serverStats(): Promise<ServerStats> {
  return (await fetch(`${API}/__test/stats`)).json();
}

export interface Fault {
  method: string;
  /** A route pattern such as `/activities/:id`, or `*`. */
  path: string;
  status: number;
  retryAfter?: number;
  delayMs?: number;
  /** Raw text answered instead of JSON. */
  body?: string;
  times: number;
}

export async function injectFault(fault: Fault): Promise<void> {
  const response = await fetch(`${API}/__test/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(fault),
  });
  if (!response.ok) throw new Error(`fault injection failed: ${response.status}`);
}

/** Drops the faults still queued. */
export async function clearFaults(): Promise<void> {
  const response = await fetch(`${API}/__test/faults`, { method: 'DELETE' });
  if (!response.ok) throw new Error(`clearing faults failed: ${response.status}`);
}

/** Stops the server's clock at `now`, or moves it on by `advanceMs`; reset lets it run again. */
export async function setClock(change: { now: string } | { advanceMs: number }): Promise<{ now: string }> {
  const response = await fetch(`${API}/__test/clock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(change),
  });
  if (!response.ok) throw new Error(`setting the clock failed: ${response.status}`);
  return response.json();
}

/** Gives the server a known kiosk secret (base64), until the next reset. */
export async function setKioskSecret(secret: string): Promise<void> {
  const response = await fetch(`${API}/__test/kiosk-secret`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ secret }),
  });
  if (!response.ok) throw new Error(`setting the kiosk secret failed: ${response.status}`);
}

/** The demo organiser of the seed activity (13965, badge strategist-2022): Vilnius. */
export const ORGANISER_TOKEN = 'demo-organiser-vilnius';
