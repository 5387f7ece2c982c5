// Reads the JUnit XML files of every test stage and the stage log, prints a table and the one
// summary line "N passed, M failed". When no test case failed but a stage did (a build that broke,
// a runner that crashed before writing its report), each failed stage counts as one failure, so
// that nothing fails silently.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";

const folder = process.argv[2] ?? "test-results";
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

const files = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith(".xml")).sort() : [];
for (const file of files) {
  const xml = readFileSync(join(folder, file), "utf8");
  let filePassed = 0;
  let fileFailed = 0;
  let fileSkipped = 0;
  const cases = xml.match(/<testcase\b[\s\S]*?(?:\/>|<\/testcase>)/g) ?? [];
  for (const testcase of cases) {
    const name = (testcase.match(/\bname="([^"]*)"/) ?? [])[1] ?? "?";
    const suite = (testcase.match(/\bclassname="([^"]*)"/) ?? [])[1] ?? "";
    const selfClosing = /^<testcase\b[^>]*\/>$/.test(testcase);
    const body = selfClosing ? "" : testcase;
    if (/<(failure|error)\b/.test(body)) {
      fileFailed++;
      failures.push(`${file}: ${suite ? suite + "." : ""}${name}`);
    } else if (/<skipped\b/.test(body) || /\bstatus="notrun"/.test(testcase) || /\bresult="skipped"/.test(testcase)) {
      fileSkipped++;
    } else {
      filePassed++;
    }
  }
  passed += filePassed;
  failed += fileFailed;
  skipped += fileSkipped;
  console.log(`${file.padEnd(36)} ${String(filePassed).padStart(5)} passed ${String(fileFailed).padStart(4)} failed` +
              (fileSkipped ? ` ${fileSkipped} skipped` : ""));
}

const stagesFile = join(folder, "stages.tsv");
if (existsSync(stagesFile)) {
  console.log("");
  const caseFailures = failed;
  for (const line of readFileSync(stagesFile, "utf8").split("\n").filter(Boolean)) {
    const [name, outcome, seconds] = line.split("\t");
    console.log(`stage ${name.padEnd(34)} ${outcome.padEnd(7)} ${seconds} s`);
    if (outcome === "failed") {
      if (caseFailures === 0) failed++;
      failures.push(`stage: ${name}`);
    }
  }
}

if (failures.length) {
  console.log("\nFailed:");
  for (const failure of failures.slice(0, 60)) console.log(`  ${failure}`);
  if (failures.length > 60) console.log(`  … and ${failures.length - 60} more`);
}
console.log("");
const elapsed = Number(process.argv[3]);
if (elapsed > 0) console.log(`make test took ${Math.floor(elapsed / 60)} min ${elapsed % 60} s`);
console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
process.exit(failed === 0 && skipped === 0 && passed > 0 ? 0 : 1);
