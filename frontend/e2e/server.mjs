// Starts the enlace server for the browser tests: a free loopback port, a fresh database
// (SQLite in a temp dir, or a new PostgreSQL database when ENLACE_TEST_POSTGRES is set), demo
// data and demo credentials, and the built front end from frontend/dist. The server's clock
// starts at a fixed date (clockStart, 2026-10-01) and runs from there, so that deadlines, "overdue"
// and "days left" read the same on every day the tests run; the browser's clock is set to the
// same moment (browser.mjs), so the page and the server agree on what "today" is.

import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { startSmtpSink } from "./smtp_sink.mjs";

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The day the tests live in: the server starts its clock here and the browsers agree. */
export const clockStart = "2026-10-01";
/** The browsers' clock: mid-afternoon of that day in Tegucigalpa (UTC−6), far from midnight in any zone the tests use. */
export const browserTime = new Date(`${clockStart}T15:00:00Z`);

/**
 * @param {{ repoRoot: string, log?: (line: string) => void }} options
 */
export async function startServer({ repoRoot, log = () => {} }) {
  const bin = resolve(repoRoot, process.env.ENLACE_BIN ?? "build/ci/bin/enlace");
  if (!existsSync(bin)) throw new Error(`server binary not found: ${bin} (build it, or set ENLACE_BIN)`);
  // ENLACE_E2E_STATIC_DIR lets a developer test another build without touching frontend/dist.
  const staticDir = resolve(process.env.ENLACE_E2E_STATIC_DIR ?? join(repoRoot, "frontend", "dist"));
  if (!existsSync(join(staticDir, "index.html"))) throw new Error(`${staticDir}/index.html missing: run npm run build in frontend/ first`);

  const dir = mkdtempSync(join(tmpdir(), "enlace-e2e-"));
  const credentialsPath = join(dir, "credentials.json");
  let database;
  let dropDatabase = () => {};
  const postgres = process.env.ENLACE_TEST_POSTGRES;
  if (postgres) {
    const name = `e2e_${randomBytes(6).toString("hex")}`;
    execFileSync("psql", [postgres, "-v", "ON_ERROR_STOP=1", "-q", "-c", `CREATE DATABASE ${name}`], { stdio: "pipe" });
    const url = new URL(postgres);
    url.pathname = `/${name}`;
    database = url.toString();
    dropDatabase = () => {
      try {
        execFileSync("psql", [postgres, "-q", "-c", `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`], { stdio: "pipe" });
      } catch {
        // Best effort: a leftover test database is harmless.
      }
    };
  } else {
    database = `sqlite:${join(dir, "e2e.db")}`;
  }

  const port = await freePort();
  // E-mail (password reset links) goes to a sink the tests read (ctx.mail()).
  const sink = await startSmtpSink();
  const args = [
    "--clock-start", clockStart,
    "serve",
    "--database", database,
    "--listen", `127.0.0.1:${port}`,
    "--demo",
    "--demo-credentials", credentialsPath,
    "--static-dir", staticDir,
    "--smtp", sink.url,
    "--mail-from", "enlace@enlace.example",
  ];
  log(`starting ${bin} ${args.join(" ")}`);
  // The repository root is the working directory: the server reads data/reference/ from there.
  const child = spawn(bin, args, { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
  const output = [];
  let announced = false;
  const onData = (chunk) => {
    const text = chunk.toString();
    output.push(text);
    if (/enlace: serving http:\/\//.test(text)) announced = true;
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  let exited = null;
  child.on("exit", (code, signal) => {
    exited = { code, signal };
  });

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) {
      dropDatabase();
      throw new Error(`server exited before it was ready (${JSON.stringify(exited)}):\n${output.join("")}`);
    }
    if (announced || (await ready(baseUrl))) {
      if (await ready(baseUrl)) break;
    }
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      dropDatabase();
      throw new Error(`server not ready after 60 s:\n${output.join("")}`);
    }
    await sleep(200);
  }
  async function stop() {
    if (!exited) {
      child.kill("SIGTERM");
      for (let i = 0; i < 100 && !exited; i++) await sleep(100);
      if (!exited) child.kill("SIGKILL");
    }
    dropDatabase();
    await sink.stop();
    rmSync(dir, { recursive: true, force: true });
    return exited;
  }

  let credentials;
  try {
    for (let i = 0; i < 50 && !existsSync(credentialsPath); i++) await sleep(100);
    credentials = JSON.parse(readFileSync(credentialsPath, "utf8"));
  } catch (error) {
    await stop();
    throw new Error(`no demo credentials at ${credentialsPath}: ${error}`, { cause: error });
  }

  return { baseUrl, credentials, database: postgres ? "postgresql" : "sqlite", mail: sink.messages, output, stop };
}

async function ready(baseUrl) {
  try {
    const response = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}
