// The writer of scripts/test-faults.sh: drives writes through the HTTP API as the Secretariat and
// as the Honduran officer until the server stops answering (it is killed with SIGKILL at a random
// moment), and records every write that got a 2xx in ACKS (JSON lines, appended).
//   node drive.mjs BASE_URL CREDENTIALS.json ACKS.jsonl
import { appendFileSync, readFileSync } from 'node:fs';

const [base, credentialsFile, acksFile] = process.argv.slice(2);
const credentials = JSON.parse(readFileSync(credentialsFile, 'utf8')).users;
const password = (email) => credentials.find((c) => c.email === email).password;
const tag = `r${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

class Client {
  constructor() {
    this.cookie = '';
    this.csrf = '';
  }
  async send(method, path, body) {
    const headers = { 'Content-Type': 'application/json' };
    if (this.cookie) headers.Cookie = this.cookie;
    if (this.csrf) headers['X-CSRF-Token'] = this.csrf;
    const response = await fetch(base + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10000),
    });
    const setCookie = response.headers.getSetCookie?.() ?? [];
    if (setCookie.length) this.cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
    const text = await response.text();
    let json = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    return { status: response.status, json };
  }
  async signIn(email) {
    const response = await this.send('POST', '/api/v1/session', { email, password: password(email) });
    if (response.status !== 200) throw new Error(`sign-in of ${email}: ${response.status}`);
    this.csrf = response.json.csrf_token;
  }
}

function ack(record) {
  appendFileSync(acksFile, JSON.stringify(record) + '\n');
}

const ts = new Client();
const hn = new Client();
let acknowledged = 0;
let failures = 0;
try {
  await ts.signIn('secretaria@enlace.example');
  await hn.signIn('honduras@enlace.example');
} catch (error) {
  console.log(JSON.stringify({ acknowledged, stopped: String(error.message ?? error) }));
  process.exit(0);
}

let n = 0;
while (failures < 3) {
  try {
    n += 1;
    const meeting = await ts.send('POST', '/api/v1/meetings', {
      body: 'SMUGGLING_TIP_NETWORK',
      type: 'regular',
      place: { city: `Faults ${tag} ${n}`, country: 'HN' },
      date: '2026-03-10',
      participants: ['HN', 'GT'],
    });
    if (meeting.status !== 201) throw new Error(`meeting ${meeting.status}`);
    ack({ kind: 'meeting', id: meeting.json.id, city: `Faults ${tag} ${n}` });
    acknowledged += 1;
    for (let a = 1; a <= 2; a += 1) {
      const agreement = await ts.send('POST', `/api/v1/meetings/${meeting.json.id}/agreements`, {
        number: String(a),
        text: { es: `Acuerdo ${tag} ${n}.${a}`, en: null },
        parties: ['HN'],
      });
      if (agreement.status !== 201) throw new Error(`agreement ${agreement.status}`);
      ack({ kind: 'agreement', id: agreement.json.id, meeting: meeting.json.id, text: `Acuerdo ${tag} ${n}.${a}` });
      acknowledged += 1;
      const commitment = await ts.send('POST', `/api/v1/agreements/${agreement.json.id}/commitments`, {
        party: 'HN',
        action: { es: 'Enviar el informe', en: 'Send the report' },
        deadline: { text: 'within 90 days' },
      });
      if (commitment.status !== 201) throw new Error(`commitment ${commitment.status}`);
      ack({ kind: 'commitment', id: commitment.json.id, agreement: agreement.json.id });
      acknowledged += 1;
      const update = await hn.send('POST', `/api/v1/commitments/${commitment.json.id}/updates`, {
        text: `Avance ${tag} ${n}.${a}`,
      });
      if (update.status !== 201) throw new Error(`update ${update.status}`);
      ack({ kind: 'update', commitment: commitment.json.id, text: `Avance ${tag} ${n}.${a}` });
      acknowledged += 1;
    }
  } catch (error) {
    failures += 1;
    if (!String(error.cause?.code ?? error.message).match(/ECONNREFUSED|ECONNRESET|fetch failed|UND_ERR|abort/i)) {
      console.error(`drive: ${error.message}`);
    }
  }
}
console.log(JSON.stringify({ acknowledged }));
