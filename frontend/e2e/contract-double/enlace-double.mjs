#!/usr/bin/env node
// A development double of the enlace server: the foundation routes of docs/api.md, in memory,
// with the same command line as `enlace serve`. It exists so that the front end and its browser
// tests could be written before the C++ server was ready; it is NOT the product, is never used
// by CI, and where it and the real server disagree the real server and docs/api.md win.
//
//   ENLACE_BIN=frontend/e2e/contract-double/enlace-double.mjs node frontend/e2e/run.mjs
//   node frontend/e2e/contract-double/enlace-double.mjs serve --listen 127.0.0.1:8080 --demo \
//        --demo-credentials /tmp/credentials.json --static-dir frontend/dist

import { createServer } from "node:http";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

function parseArgs(argv) {
  const options = { listen: "127.0.0.1:8080", demo: false, credentials: null, staticDir: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "serve") continue;
    if (arg === "--demo") options.demo = true;
    else if (arg === "--listen") options.listen = argv[++i];
    else if (arg === "--demo-credentials") options.credentials = argv[++i];
    else if (arg === "--static-dir") options.staticDir = argv[++i];
    else if (arg === "--database") i++;
  }
  return options;
}

function readCsv(path) {
  const [header, ...rows] = readFileSync(path, "utf8").trim().split(/\r?\n/).map((line) => {
    const cells = [];
    let cell = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ",") {
        cells.push(cell);
        cell = "";
      } else cell += c;
    }
    cells.push(cell);
    return cells;
  });
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ""])));
}

const referenceDir = join(repoRoot, "data/reference/rcm");
const both = (en, es) => ({ en: en || null, es: es || null });
const countries = readCsv(join(referenceDir, "countries.csv")).map((r) => ({ code: r.iso2, name: both(r.name_en, r.name_es), status: r.rcm_status }));
const organizations = readCsv(join(referenceDir, "organizations.csv")).map((r) => ({
  code: r.code,
  abbreviation: both(r.abbrev_en, r.abbrev_es),
  name: both(r.name_en, r.name_es),
  kind: r.kind,
}));
const networks = readCsv(join(referenceDir, "networks.csv")).map((r) => ({ code: r.code, abbreviation: both(r.abbrev_en, r.abbrev_es), name: both(r.name_en, r.name_es) }));
const topics = readCsv(join(referenceDir, "topics.csv")).map((r) => ({ code: r.code, name: both(r.name_en, r.name_es) }));
const processRow = readCsv(join(referenceDir, "process.csv"))[0];
const processRecord = {
  code: processRow.code,
  name: both(processRow.name_en, processRow.name_es),
  languages: processRow.languages.split(";"),
  default_language: processRow.default_language,
};

const messages = {
  es: {
    validation_failed: "Algunos campos no son válidos.",
    invalid_credentials: "El correo o la contraseña no son correctos.",
    unauthenticated: "Inicie sesión.",
    forbidden: "No tiene permiso para esto.",
    wrong_country: "Solo puede actuar sobre los datos de su país.",
    csrf_failed: "Falta el token CSRF.",
    not_found: "No encontrado.",
    version_required: "Falta If-Match.",
    stale_version: "Otra persona cambió este registro.",
    invalid_json: "JSON no válido.",
    conflict: "Conflicto.",
    required: "Este campo es obligatorio.",
    too_long: "Demasiado largo.",
    invalid_email: "Escriba un correo electrónico válido.",
    invalid_phone: "Use solo dígitos, espacios y + ( ) - .",
    invalid_date: "Escriba una fecha válida.",
    date_order: "La fecha final no puede ser anterior a la inicial.",
    unknown_country: "País desconocido.",
    unknown_network: "Red desconocida.",
    unknown_topic: "Tema desconocido.",
    unknown_language: "Idioma desconocido.",
    wrong_password: "La contraseña actual no es correcta.",
    password_too_short: "Al menos 12 caracteres.",
    email_taken: "Ya existe un usuario con este correo.",
  },
  en: {
    validation_failed: "Some fields are not valid.",
    invalid_credentials: "The e-mail or password is not correct.",
    unauthenticated: "Sign in.",
    forbidden: "You may not do this.",
    wrong_country: "You may only act on your own country's data.",
    csrf_failed: "The CSRF token is missing.",
    not_found: "Not found.",
    version_required: "If-Match is required.",
    stale_version: "Someone else changed this record.",
    invalid_json: "Invalid JSON.",
    conflict: "Conflict.",
    required: "This field is required.",
    too_long: "Too long.",
    invalid_email: "Enter a valid e-mail address.",
    invalid_phone: "Use only digits, spaces and + ( ) - .",
    invalid_date: "Enter a valid date.",
    date_order: "The end date cannot be before the start date.",
    unknown_country: "Unknown country.",
    unknown_network: "Unknown network.",
    unknown_topic: "Unknown topic.",
    unknown_language: "Unknown language.",
    wrong_password: "The current password is not correct.",
    password_too_short: "At least 12 characters.",
    email_taken: "A user with this e-mail exists.",
  },
};

const now = () => new Date().toISOString();
const newPassword = () => randomBytes(12).toString("base64url");

class HttpError extends Error {
  constructor(status, code, fields) {
    super(code);
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

// State
const users = [];
const passwords = new Map();
const sessions = new Map();
const contactPoints = [];
const audit = [];
let nextId = 1;
const id = () => nextId++;

function addUser({ email, name, role, country = null, organization = null, language = "es" }, password = newPassword()) {
  const user = { id: id(), email, name, role, country, organization, language, active: true, process: "RCM", version: 1, created_at: now() };
  users.push(user);
  passwords.set(user.id, password);
  return { user, password };
}

function record(actor, action, outcome, recordType, recordId, before, after, requestId) {
  const previous = audit[audit.length - 1]?.hash ?? "";
  const entry = {
    id: audit.length + 1,
    at: now(),
    actor: actor ? { id: actor.id, email: actor.email, name: actor.name } : null,
    action,
    outcome,
    record_type: recordType,
    record_id: recordId,
    before: before ?? null,
    after: after ?? null,
    request_id: requestId,
    ip: "127.0.0.1",
  };
  entry.hash = createHash("sha256").update(previous + JSON.stringify(entry)).digest("hex");
  audit.push(entry);
}

// Validation
const isDate = (v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

function validateContactPoint(input, partial) {
  const fields = [];
  const has = (name) => Object.prototype.hasOwnProperty.call(input, name);
  const check = (name, ok, code) => {
    if ((!partial || has(name)) && !ok) fields.push({ field: name, code });
  };
  check("country", countries.some((c) => c.code === input.country && c.status === "member"), "unknown_country");
  check("network", networks.some((n) => n.code === input.network), "unknown_network");
  check("topic", topics.some((t) => t.code === input.topic), "unknown_topic");
  for (const name of ["name", "institution"]) {
    if (!partial || has(name)) {
      if (typeof input[name] !== "string" || input[name].trim() === "") fields.push({ field: name, code: "required" });
      else if (input[name].length > 200) fields.push({ field: name, code: "too_long" });
    }
  }
  check("email", typeof input.email === "string" && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email), "invalid_email");
  check("phone", input.phone == null || /^[0-9 +().-]*$/.test(input.phone), "invalid_phone");
  check("languages", Array.isArray(input.languages) && input.languages.every((l) => processRecord.languages.includes(l)), "unknown_language");
  check("valid_from", isDate(input.valid_from), "invalid_date");
  if ((!partial || has("valid_to")) && input.valid_to != null) {
    if (!isDate(input.valid_to)) fields.push({ field: "valid_to", code: "invalid_date" });
    else if (isDate(input.valid_from) && input.valid_to < input.valid_from) fields.push({ field: "valid_to", code: "date_order" });
  }
  if (fields.length > 0) throw new HttpError(422, "validation_failed", fields);
}

const inputFields = ["country", "network", "topic", "name", "position", "institution", "email", "phone", "languages", "valid_from", "valid_to"];
const publicContactPoint = (cp) => Object.fromEntries(Object.entries(cp).filter(([k]) => !k.startsWith("_")));
const dayBefore = (date) => new Date(Date.parse(`${date}T00:00:00Z`) - 86400000).toISOString().slice(0, 10);

function seedDemo() {
  const created = [
    addUser({ email: "secretaria@demo.enlace", name: "Sofía Rojas (ST)", role: "secretariat" }),
    addUser({ email: "enlace.hn@demo.enlace", name: "Jorge Castillo", role: "country_officer", country: "HN" }),
    addUser({ email: "enlace.gt@demo.enlace", name: "Marta Cifuentes", role: "country_officer", country: "GT" }),
    addUser({ email: "oim@demo.enlace", name: "Laura Gómez (OIM)", role: "observer", organization: "IOM", language: "en" }),
    addUser({ email: "rroc@demo.enlace", name: "Pedro Salas (RROCM)", role: "civil_society", organization: "RNCOM" }),
  ];
  return created.map(({ user, password }) => ({
    email: user.email,
    password,
    role: user.role,
    ...(user.country ? { country: user.country } : {}),
    ...(user.organization ? { organization: user.organization } : {}),
  }));
}

// HTTP
const csp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".json": "application/json", ".png": "image/png" };

function languageOf(req) {
  const header = String(req.headers["accept-language"] ?? "");
  const match = header.toLowerCase().match(/\b(es|en)\b/);
  return match ? match[1] : "es";
}

function readBody(req) {
  return new Promise((resolveBody, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolveBody(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function serveStatic(req, res, staticDir) {
  const url = new URL(req.url, "http://x");
  let file = join(staticDir, "index.html");
  let immutable = false;
  if (url.pathname.startsWith("/assets/")) {
    const candidate = normalize(join(staticDir, url.pathname));
    if (!candidate.startsWith(staticDir) || !existsSync(candidate) || !statSync(candidate).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain", "Content-Security-Policy": csp });
      return res.end("not found");
    }
    file = candidate;
    immutable = true;
  }
  const headers = {
    "Content-Type": types[extname(file)] ?? "application/octet-stream",
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    Vary: "Accept-Encoding",
  };
  const gz = `${file}.gz`;
  if (/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) && existsSync(gz)) {
    headers["Content-Encoding"] = "gzip";
    file = gz;
  }
  res.writeHead(200, headers);
  res.end(readFileSync(file));
}

async function handleApi(req, res, requestId) {
  const url = new URL(req.url, "http://x");
  const method = req.method ?? "GET";
  const path = url.pathname;
  const cookie = String(req.headers.cookie ?? "").match(/enlace_session=([A-Za-z0-9_-]+)/)?.[1];
  const session = cookie ? sessions.get(cookie) : undefined;
  const me = session ? users.find((u) => u.id === session.userId && u.active) : undefined;
  const send = (status, body, extra = {}) => {
    res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...extra });
    res.end(body === undefined ? "" : JSON.stringify(body));
  };
  let body = {};
  if (["POST", "PUT", "PATCH", "DELETE"].includes(method)) {
    const text = await readBody(req);
    if (text.trim() !== "") {
      try {
        body = JSON.parse(text);
      } catch {
        throw new HttpError(400, "invalid_json");
      }
    }
    if (path !== "/api/v1/session" || method !== "POST") {
      if (!session || req.headers["x-csrf-token"] !== session.csrf) throw new HttpError(403, "csrf_failed");
    }
  }
  const needUser = () => {
    if (!me) throw new HttpError(401, "unauthenticated");
    return me;
  };
  const needSecretariat = () => {
    const user = needUser();
    if (user.role !== "secretariat") throw new HttpError(403, "forbidden");
    return user;
  };
  const ifMatch = (record) => {
    const header = req.headers["if-match"];
    if (!header) throw new HttpError(428, "version_required");
    if (String(header).replace(/"/g, "") !== String(record.version)) throw new HttpError(412, "stale_version");
  };

  if (path === "/api/v1/process" && method === "GET") return send(200, processRecord);
  if (path === "/api/v1/countries" && method === "GET") return send(200, { items: countries });
  if (path === "/api/v1/organizations" && method === "GET") return send(200, { items: organizations });
  if (path === "/api/v1/networks" && method === "GET") return send(200, { items: networks });
  if (path === "/api/v1/topics" && method === "GET") return send(200, { items: topics });

  if (path === "/api/v1/session") {
    if (method === "POST") {
      const user = users.find((u) => u.email === String(body.email ?? "").toLowerCase() && u.active);
      if (!user || passwords.get(user.id) !== body.password) {
        record(null, "session.create", "denied", "user", null, null, { email: body.email }, requestId);
        throw new HttpError(401, "invalid_credentials");
      }
      const token = randomBytes(24).toString("base64url");
      const csrf = randomBytes(24).toString("base64url");
      sessions.set(token, { userId: user.id, csrf });
      record(user, "session.create", "ok", "user", user.id, null, null, requestId);
      return send(200, { user, csrf_token: csrf }, { "Set-Cookie": `enlace_session=${token}; HttpOnly; SameSite=Lax; Path=/` });
    }
    if (method === "GET") {
      if (!me) throw new HttpError(401, "unauthenticated");
      return send(200, { user: me, csrf_token: session.csrf });
    }
    if (method === "DELETE") {
      needUser();
      sessions.delete(cookie);
      res.writeHead(204, { "Set-Cookie": "enlace_session=; Max-Age=0; Path=/" });
      return res.end();
    }
  }

  if (path === "/api/v1/me") {
    const user = needUser();
    if (method === "GET") return send(200, user);
    if (method === "PATCH") {
      ifMatch(user);
      const fields = [];
      if (body.name !== undefined && (typeof body.name !== "string" || body.name.trim() === "")) fields.push({ field: "name", code: "required" });
      if (body.language !== undefined && !["es", "en"].includes(body.language)) fields.push({ field: "language", code: "unknown_language" });
      if (fields.length) throw new HttpError(422, "validation_failed", fields);
      const before = { ...user };
      if (body.name !== undefined) user.name = body.name;
      if (body.language !== undefined) user.language = body.language;
      user.version++;
      record(user, "user.update_self", "ok", "user", user.id, before, { ...user }, requestId);
      return send(200, user, { ETag: `"${user.version}"` });
    }
  }
  if (path === "/api/v1/me/password" && method === "POST") {
    const user = needUser();
    if (passwords.get(user.id) !== body.current_password) throw new HttpError(422, "validation_failed", [{ field: "current_password", code: "wrong_password" }]);
    if (typeof body.new_password !== "string" || body.new_password.length < 12) throw new HttpError(422, "validation_failed", [{ field: "new_password", code: "password_too_short" }]);
    passwords.set(user.id, body.new_password);
    record(user, "user.password_change", "ok", "user", user.id, null, null, requestId);
    res.writeHead(204);
    return res.end();
  }

  if (path === "/api/v1/users") {
    const actor = needSecretariat();
    if (method === "GET") {
      const q = (url.searchParams.get("q") ?? "").toLowerCase();
      const role = url.searchParams.get("role");
      const country = url.searchParams.get("country");
      return send(200, {
        items: users.filter(
          (u) => (!q || u.name.toLowerCase().includes(q) || u.email.includes(q)) && (!role || u.role === role) && (!country || u.country === country),
        ),
      });
    }
    if (method === "POST") {
      const fields = [];
      if (typeof body.email !== "string" || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(body.email)) fields.push({ field: "email", code: "invalid_email" });
      else if (users.some((u) => u.email === body.email.toLowerCase())) fields.push({ field: "email", code: "email_taken" });
      if (typeof body.name !== "string" || body.name.trim() === "") fields.push({ field: "name", code: "required" });
      if (body.role === "country_officer" && !countries.some((c) => c.code === body.country)) fields.push({ field: "country", code: "unknown_country" });
      if (fields.length) throw new HttpError(422, "validation_failed", fields);
      const created = addUser({ ...body, email: body.email.toLowerCase() });
      record(actor, "user.create", "ok", "user", created.user.id, null, created.user, requestId);
      return send(201, created);
    }
  }
  const userMatch = path.match(/^\/api\/v1\/users\/(\d+)(\/password)?$/);
  if (userMatch) {
    const actor = needSecretariat();
    const user = users.find((u) => u.id === Number(userMatch[1]));
    if (!user) throw new HttpError(404, "not_found");
    if (userMatch[2] && method === "POST") {
      const password = newPassword();
      passwords.set(user.id, password);
      record(actor, "user.password_reset", "ok", "user", user.id, null, null, requestId);
      return send(200, { password });
    }
    if (method === "GET") return send(200, user, { ETag: `"${user.version}"` });
    if (method === "PATCH") {
      ifMatch(user);
      const before = { ...user };
      for (const key of ["name", "role", "country", "organization", "active", "language"]) if (body[key] !== undefined) user[key] = body[key];
      user.version++;
      record(actor, "user.update", "ok", "user", user.id, before, { ...user }, requestId);
      return send(200, user, { ETag: `"${user.version}"` });
    }
  }

  if (path === "/api/v1/audit" && method === "GET") {
    needSecretariat();
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 50) || 50, 500);
    const cursor = Number(url.searchParams.get("cursor") ?? 0) || Infinity;
    const p = Object.fromEntries(url.searchParams);
    const matching = [...audit]
      .reverse()
      .filter(
        (e) =>
          e.id < cursor &&
          (!p.action || e.action === p.action) &&
          (!p.outcome || e.outcome === p.outcome) &&
          (!p.record_type || e.record_type === p.record_type) &&
          (!p.record_id || String(e.record_id) === p.record_id) &&
          (!p.actor || (e.actor && (String(e.actor.id) === p.actor || e.actor.email === p.actor))) &&
          (!p.from || e.at.slice(0, 10) >= p.from) &&
          (!p.to || e.at.slice(0, 10) <= p.to),
      );
    const items = matching.slice(0, limit);
    return send(200, { items, next_cursor: matching.length > limit ? String(items[items.length - 1].id) : null });
  }

  if (path === "/api/v1/contact-points" || path === "/api/v1/contact-points.csv") {
    const user = needUser();
    if (user.role === "civil_society") throw new HttpError(403, "forbidden");
    if (method === "GET") {
      const p = Object.fromEntries(url.searchParams);
      const history = p.history === "true";
      const items = contactPoints.filter(
        (cp) =>
          (history || cp.status === "proposed" || cp.status === "confirmed") &&
          (!p.country || cp.country === p.country) &&
          (!p.network || cp.network === p.network) &&
          (!p.topic || cp.topic === p.topic) &&
          (!p.status || cp.status === p.status),
      );
      if (path.endsWith(".csv")) {
        const quote = (v) => `"${String(v ?? "").replace(/"/g, '""')}"`;
        const lines = [inputFields.concat(["status"]).join(","), ...items.map((cp) => inputFields.concat(["status"]).map((f) => quote(Array.isArray(cp[f]) ? cp[f].join(";") : cp[f])).join(","))];
        res.writeHead(200, { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="contact-points.csv"', "Cache-Control": "no-store" });
        return res.end(`\uFEFF${lines.join("\r\n")}\r\n`);
      }
      return send(200, { items: items.map(publicContactPoint) });
    }
    if (method === "POST" && !path.endsWith(".csv")) {
      if (user.role === "country_officer" && body.country !== user.country) {
        record(user, "contact_point.create", "denied", "contact_point", null, null, body, requestId);
        throw new HttpError(403, "wrong_country");
      }
      if (user.role !== "secretariat" && user.role !== "country_officer") throw new HttpError(403, "forbidden");
      validateContactPoint(body, false);
      const cp = {
        id: id(),
        ...Object.fromEntries(inputFields.map((f) => [f, body[f] ?? (f === "valid_to" ? null : f === "languages" ? [] : "")])),
        status: "proposed",
        proposed_by: { id: user.id, name: user.name },
        confirmed_by: null,
        confirmed_at: null,
        rejection_reason: null,
        version: 1,
        created_at: now(),
        updated_at: now(),
      };
      contactPoints.push(cp);
      record(user, "contact_point.create", "ok", "contact_point", cp.id, null, cp, requestId);
      return send(201, publicContactPoint(cp), { ETag: `"${cp.version}"` });
    }
  }
  const cpMatch = path.match(/^\/api\/v1\/contact-points\/(\d+)(?:\/(confirm|reject|end))?$/);
  if (cpMatch) {
    const user = needUser();
    if (user.role === "civil_society") throw new HttpError(403, "forbidden");
    const cp = contactPoints.find((c) => c.id === Number(cpMatch[1]));
    if (!cp) throw new HttpError(404, "not_found");
    const action = cpMatch[2];
    const mayChange = user.role === "secretariat" || (user.role === "country_officer" && user.country === cp.country);
    if (!action && method === "GET") {
      const history = contactPoints
        .filter((c) => c.country === cp.country && c.network === cp.network && c.topic === cp.topic)
        .sort((a, b) => b.valid_from.localeCompare(a.valid_from) || b.id - a.id)
        .map(publicContactPoint);
      return send(200, { ...publicContactPoint(cp), history }, { ETag: `"${cp.version}"` });
    }
    if (!action && method === "PATCH") {
      if (!mayChange) throw new HttpError(403, user.role === "country_officer" ? "wrong_country" : "forbidden");
      ifMatch(cp);
      const merged = { ...cp, ...Object.fromEntries(inputFields.filter((f) => f in body).map((f) => [f, body[f]])) };
      validateContactPoint(merged, false);
      if (user.role === "country_officer" && merged.country !== user.country) throw new HttpError(403, "wrong_country");
      const before = publicContactPoint(cp);
      Object.assign(cp, merged, { version: cp.version + 1, updated_at: now() });
      record(user, "contact_point.update", "ok", "contact_point", cp.id, before, publicContactPoint(cp), requestId);
      return send(200, publicContactPoint(cp), { ETag: `"${cp.version}"` });
    }
    if (method === "POST" && action === "confirm") {
      if (user.role !== "secretariat") throw new HttpError(403, "forbidden");
      if (cp.status !== "proposed") throw new HttpError(409, "conflict");
      for (const previous of contactPoints) {
        if (previous !== cp && previous.status === "confirmed" && previous.country === cp.country && previous.network === cp.network && previous.topic === cp.topic) {
          const before = publicContactPoint(previous);
          Object.assign(previous, { status: "ended", valid_to: dayBefore(cp.valid_from), version: previous.version + 1, updated_at: now() });
          record(user, "contact_point.end", "ok", "contact_point", previous.id, before, publicContactPoint(previous), requestId);
        }
      }
      const before = publicContactPoint(cp);
      Object.assign(cp, { status: "confirmed", confirmed_by: { id: user.id, name: user.name }, confirmed_at: now(), version: cp.version + 1, updated_at: now() });
      record(user, "contact_point.confirm", "ok", "contact_point", cp.id, before, publicContactPoint(cp), requestId);
      return send(200, publicContactPoint(cp), { ETag: `"${cp.version}"` });
    }
    if (method === "POST" && action === "reject") {
      if (user.role !== "secretariat") throw new HttpError(403, "forbidden");
      if (typeof body.reason !== "string" || body.reason.trim() === "") throw new HttpError(422, "validation_failed", [{ field: "reason", code: "required" }]);
      const before = publicContactPoint(cp);
      Object.assign(cp, { status: "rejected", rejection_reason: body.reason, version: cp.version + 1, updated_at: now() });
      record(user, "contact_point.reject", "ok", "contact_point", cp.id, before, publicContactPoint(cp), requestId);
      return send(200, publicContactPoint(cp), { ETag: `"${cp.version}"` });
    }
    if (method === "POST" && action === "end") {
      if (!mayChange) throw new HttpError(403, "wrong_country");
      if (!isDate(body.valid_to) || body.valid_to < cp.valid_from) throw new HttpError(422, "validation_failed", [{ field: "valid_to", code: isDate(body.valid_to) ? "date_order" : "invalid_date" }]);
      const before = publicContactPoint(cp);
      Object.assign(cp, { status: "ended", valid_to: body.valid_to, version: cp.version + 1, updated_at: now() });
      record(user, "contact_point.end", "ok", "contact_point", cp.id, before, publicContactPoint(cp), requestId);
      return send(200, publicContactPoint(cp), { ETag: `"${cp.version}"` });
    }
  }
  throw new HttpError(404, "not_found");
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const staticDir = options.staticDir ? resolve(options.staticDir) : null;
  const credentials = options.demo ? seedDemo() : [];
  if (options.credentials) writeFileSync(options.credentials, JSON.stringify({ users: credentials }, null, 2));
  const [host, port] = options.listen.split(":");
  const server = createServer((req, res) => {
    const requestId = randomUUID().replace(/-/g, "").slice(0, 16);
    res.setHeader("X-Request-Id", requestId);
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/healthz") return void (res.writeHead(200, { "Content-Type": "application/json" }), res.end('{"status":"ok"}'));
    if (path === "/readyz") return void (res.writeHead(200, { "Content-Type": "application/json" }), res.end('{"status":"ready"}'));
    if (!path.startsWith("/api/")) {
      if (!staticDir) return void (res.writeHead(404), res.end());
      return serveStatic(req, res, staticDir);
    }
    handleApi(req, res, requestId).catch((error) => {
      const language = languageOf(req);
      const status = error instanceof HttpError ? error.status : 500;
      const code = error instanceof HttpError ? error.code : "internal";
      if (!(error instanceof HttpError)) console.error(error);
      const text = (c) => messages[language][c] ?? c;
      const payload = { error: { code, message: text(code), request_id: requestId } };
      if (error instanceof HttpError && error.fields) payload.error.fields = error.fields.map((f) => ({ ...f, message: text(f.code) }));
      if (!res.headersSent) res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
      res.end(JSON.stringify(payload));
    });
  });
  server.listen(Number(port), host, () => console.log(`enlace: serving http://${host}:${port}`));
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}

main();
