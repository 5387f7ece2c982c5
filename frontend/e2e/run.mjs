#!/usr/bin/env node
// The browser test runner. It starts the enlace server itself (ENLACE_BIN, default
// build/ci/bin/enlace) on a free loopback port with a fresh database — SQLite, or PostgreSQL
// when ENLACE_TEST_POSTGRES is set — runs every test of tests.mjs in Debian's Chromium, prints
// one line per test and then "N passed, M failed", writes JUnit XML to ENLACE_TEST_RESULTS if
// set, stops the server with SIGTERM and exits non-zero on any failure.
//
//   node e2e/run.mjs                     # all tests
//   ENLACE_E2E_GREP=Guatemala node e2e/run.mjs   # only tests whose name matches

import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { closeBrowser, desktop, expectAccessible, openBrowser, screenshotter } from "./browser.mjs";
import { startServer } from "./server.mjs";
import { tests } from "./tests.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const frontendRoot = resolve(here, "..");
const repoRoot = resolve(frontendRoot, "..");
const testTimeoutMs = Number(process.env.ENLACE_E2E_TIMEOUT_MS ?? 120_000);

function withTimeout(promise, ms, label) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${label}: timed out after ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function escapeXml(text) {
  return String(text).replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c);
}

function writeJunit(path, suiteName, results, totalSeconds) {
  const failures = results.filter((r) => !r.ok).length;
  const cases = results
    .map((r) => {
      const head = `  <testcase classname="${escapeXml(suiteName)}" name="${escapeXml(r.name)}" time="${r.seconds.toFixed(3)}"`;
      if (r.ok) return `${head}/>`;
      return `${head}>\n    <failure message="${escapeXml(r.error.split("\n")[0])}">${escapeXml(r.error)}</failure>\n  </testcase>`;
    })
    .join("\n");
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites tests="${results.length}" failures="${failures}" time="${totalSeconds.toFixed(3)}">\n` +
    `<testsuite name="${escapeXml(suiteName)}" tests="${results.length}" failures="${failures}" errors="0" skipped="0" time="${totalSeconds.toFixed(3)}">\n` +
    `${cases}\n</testsuite>\n</testsuites>\n`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, xml);
}

async function main() {
  const started = Date.now();
  const grep = process.env.ENLACE_E2E_GREP ? new RegExp(process.env.ENLACE_E2E_GREP, "i") : null;
  const selected = grep ? tests.filter((test) => grep.test(test.name)) : tests;
  const database = process.env.ENLACE_TEST_POSTGRES ? "postgresql" : "sqlite";
  const suiteName = `e2e-${database}`;
  const results = [];

  let server;
  try {
    server = await startServer({ repoRoot, log: (line) => console.log(`# ${line}`) });
  } catch (error) {
    console.log(`not ok - the server starts: ${error instanceof Error ? error.message : error}`);
    results.push({ name: "the server starts", ok: false, seconds: 0, error: String(error instanceof Error ? error.stack : error) });
    finish(results, suiteName, started);
    return;
  }
  console.log(`# server ${server.baseUrl} on ${database}; ${selected.length} test(s)`);
  if (!grep) rmSync(join(frontendRoot, "test-results", "screenshots", database), { recursive: true, force: true });

  // Stop the server however the run ends: normally, on an unexpected error, or on Ctrl-C / SIGTERM.
  const stopOnSignal = (signal) => {
    server.stop().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);
  try {
    await runAll(selected, server, results);
  } finally {
    await closeBrowser();
    const exit = await server.stop();
    if (exit && exit.code !== 0 && exit.code !== null) console.log(`# note: the server exited with code ${exit.code} after SIGTERM`);
  }
  finish(results, suiteName, started);
}

async function runAll(selected, server, results) {
  const database = server.database;
  const shot = screenshotter(join(frontendRoot, "test-results", "screenshots", database));
  const pageChecks = database === "sqlite" || process.env.ENLACE_E2E_PAGE_CHECKS === "1";
  const findUser = (role, code) => {
    const user = server.credentials.users.find(
      (u) => u.role === role && (code === undefined || u.country === code || u.organization === code),
    );
    if (!user) throw new Error(`no demo user with role ${role}${code ? ` and ${code}` : ""} in credentials.json`);
    return user;
  };
  let index = 0;
  for (const test of selected) {
    index++;
    const opened = [];
    const context = {
      baseUrl: server.baseUrl,
      database,
      user: findUser,
      /** The e-mail the server has sent so far (e2e/smtp_sink.mjs). */
      mail: () => server.mail,
      // What axe and the screenshots look at is the page, which does not depend on the database:
      // they run on the SQLite run only (ENLACE_E2E_PAGE_CHECKS=1 forces them), which saves about a
      // third of the PostgreSQL run's time (decision 0064). Every journey runs on both.
      shot: pageChecks ? shot : async () => "",
      expectAccessible: pageChecks ? expectAccessible : async () => undefined,
      /** Opens a fresh browser profile; closed after the test. */
      open: async (options = {}) => {
        const session = await openBrowser({ baseUrl: server.baseUrl, viewport: desktop, ...options });
        opened.push(session);
        return session;
      },
    };
    const testStarted = Date.now();
    let error = null;
    try {
      await withTimeout(test.run(context), testTimeoutMs, test.name);
      const problems = opened.flatMap((session) => session.problems);
      if (problems.length > 0) throw new Error(problems.join("\n"));
    } catch (caught) {
      error = caught instanceof Error ? (caught.stack ?? caught.message) : String(caught);
      for (const session of opened) {
        try {
          await shot(session.page, `FAILED-${test.name.slice(0, 60)}`);
        } catch {
          // The page may already be gone.
        }
      }
    }
    for (const session of opened) await session.close();
    const seconds = (Date.now() - testStarted) / 1000;
    results.push({ name: test.name, ok: error === null, seconds, error: error ?? "" });
    if (error === null) console.log(`ok ${index} - ${test.name} (${seconds.toFixed(1)} s)`);
    else console.log(`not ok ${index} - ${test.name} (${seconds.toFixed(1)} s)\n${error.replace(/^/gm, "    ")}`);
  }
}

function finish(results, suiteName, started) {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.filter((r) => !r.ok).length;
  const totalSeconds = (Date.now() - started) / 1000;
  if (process.env.ENLACE_TEST_RESULTS) writeJunit(resolve(process.env.ENLACE_TEST_RESULTS), suiteName, results, totalSeconds);
  console.log(`# ${totalSeconds.toFixed(0)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exitCode = 1;
});
