// The checker of scripts/test-faults.sh, run after the killed server was restarted: every write in
// ACKS (acknowledged with a 2xx before the kill) is there, and nothing is half-written — every
// commitment of every meeting has its whole set of country responses, every agreement of an
// acknowledged meeting is readable. Prints {"acknowledged": N, "lost": M, "half_written": K}.
//   node check.mjs BASE_URL CREDENTIALS.json ACKS.jsonl
import { existsSync, readFileSync } from 'node:fs';

const [base, credentialsFile, acksFile] = process.argv.slice(2);
const credentials = JSON.parse(readFileSync(credentialsFile, 'utf8')).users;
const acks = existsSync(acksFile)
  ? readFileSync(acksFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  : [];

let cookie = '';
let csrf = '';
async function send(method, path, body) {
  const headers = { 'Content-Type': 'application/json' };
  if (cookie) headers.Cookie = cookie;
  if (csrf) headers['X-CSRF-Token'] = csrf;
  const response = await fetch(base + path, { method, headers, body: body && JSON.stringify(body) });
  const setCookie = response.headers.getSetCookie?.() ?? [];
  if (setCookie.length) cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}
const signIn = await send('POST', '/api/v1/session', {
  email: 'secretaria@enlace.example',
  password: credentials.find((c) => c.email === 'secretaria@enlace.example').password,
});
if (signIn.status !== 200) throw new Error(`sign-in ${signIn.status}`);
csrf = signIn.json.csrf_token;

const lost = [];
const halfWritten = [];
const commitments = new Map();
async function commitment(id) {
  if (!commitments.has(id)) commitments.set(id, await send('GET', `/api/v1/commitments/${id}`));
  return commitments.get(id);
}
const meetings = new Map();
async function meeting(id) {
  if (!meetings.has(id)) meetings.set(id, await send('GET', `/api/v1/meetings/${id}`));
  return meetings.get(id);
}
for (const record of acks) {
  if (record.kind === 'meeting') {
    const found = await meeting(record.id);
    if (found.status !== 200 || found.json.place.city !== record.city) lost.push(record);
  } else if (record.kind === 'agreement') {
    const found = await meeting(record.meeting);
    const agreement = found.json?.agreements?.find((a) => a.id === record.id);
    if (!agreement || agreement.text.es !== record.text) lost.push(record);
  } else if (record.kind === 'commitment') {
    const found = await commitment(record.id);
    if (found.status !== 200 || found.json.agreement_id !== undefined && found.json.agreement_id !== record.agreement) {
      lost.push(record);
    }
  } else if (record.kind === 'update') {
    const found = await commitment(record.commitment);
    if (found.status !== 200 || !found.json.updates.some((u) => u.text === record.text)) lost.push(record);
  }
}
// Half-written: a commitment (acknowledged or not) whose responses are not one per member country,
// or that cannot be read.
const list = await send('GET', '/api/v1/commitments');
if (list.status !== 200) throw new Error(`commitments ${list.status}`);
const perParty = new Map();
let checked = 0;
for (const item of list.json?.items ?? []) {
  const found = await commitment(item.id);
  checked += 1;
  if (found.status !== 200) {
    halfWritten.push({ commitment: item.id, status: found.status });
    continue;
  }
  const party = JSON.stringify(found.json.party);
  if (!perParty.has(party)) perParty.set(party, new Set());
  perParty.get(party).add(found.json.responses.length);
}
for (const [party, sizes] of perParty) {
  if (sizes.size > 1) halfWritten.push({ party, responses_per_commitment: [...sizes] });
}
const all = await send('GET', '/api/v1/meetings');
for (const item of all.json?.items ?? []) {
  const found = await meeting(item.id);
  if (found.status !== 200) halfWritten.push({ meeting: item.id, status: found.status });
}
for (const record of lost.slice(0, 5)) console.error('lost:', JSON.stringify(record));
for (const record of halfWritten.slice(0, 5)) console.error('half-written:', JSON.stringify(record));
console.log(
  JSON.stringify({ acknowledged: acks.length, lost: lost.length, half_written: halfWritten.length, commitments: checked }),
);
