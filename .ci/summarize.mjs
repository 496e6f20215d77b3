// Adds up vitest's JSON reports into one closing line: "total: N passed, N failed, N skipped".
import fs from 'node:fs'

let passed = 0
let failed = 0
let skipped = 0
let missing = 0
for (const file of process.argv.slice(2)) {
  if (!fs.existsSync(file)) {
    console.log(`${file}: no report (the suite did not run to the end)`)
    missing += 1
    continue
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'))
  const suiteFailures = (report.testResults ?? []).filter((r) => r.status === 'failed' && r.assertionResults?.length === 0).length
  console.log(
    `${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped` +
      (suiteFailures ? `, ${suiteFailures} file(s) failed to load` : ''),
  )
  passed += report.numPassedTests
  failed += report.numFailedTests + suiteFailures
  skipped += report.numPendingTests + report.numTodoTests
}
console.log(`total: ${passed} passed, ${failed + missing} failed, ${skipped} skipped`)
process.exit(failed + missing > 0 || passed === 0 ? 1 : 0)
