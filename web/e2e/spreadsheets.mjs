// The exports as the tools a supervisor's colleagues use would read them: exceljs (JavaScript), openpyxl
// (Python, Debian's package), LibreOffice (headless, Debian's package) and SheetJS. Each reader returns
// { sheetName: rows }, a row being an array of cell values (numbers as numbers where the reader keeps them).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import ExcelJS from 'exceljs'
import * as XLSX from 'xlsx'

export async function withExcelJS(file) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(file)
  const sheets = {}
  workbook.eachSheet((sheet) => {
    const rows = []
    sheet.eachRow({ includeEmpty: true }, (row) => rows.push(row.values.slice(1).map(plain)))
    sheets[sheet.name] = rows
  })
  return sheets
}

const plain = (value) => (value && typeof value === 'object' && 'richText' in value ? value.richText.map((r) => r.text).join('') : value)

export function withSheetJS(file) {
  const workbook = XLSX.read(readFileSync(file), { type: 'buffer' })
  return Object.fromEntries(workbook.SheetNames.map((name) => [name, XLSX.utils.sheet_to_json(workbook.Sheets[name], { header: 1, raw: true })]))
}

/** Debian's python3 (not a pyenv shim) with Debian's openpyxl; CSV with Python's csv module. */
export function withPython(file) {
  const script = file.endsWith('.csv')
    ? `import csv, json, sys
with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:
    print(json.dumps({'csv': [row for row in csv.reader(f)]}, ensure_ascii=False))`
    : `import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
print(json.dumps({s.title: [list(r) for r in s.iter_rows(values_only=True)] for s in book.worksheets}, default=str, ensure_ascii=False))`
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8', maxBuffer: 64 << 20 }))
}

/**
 * LibreOffice opens the file and saves every sheet as CSV (UTF-8, values not as displayed), which is then
 * read back: an xlsx gives one CSV per sheet; a CSV is opened with its UTF-8 text and saved again.
 */
export function withLibreOffice(file) {
  const dir = mkdtempSync(join(tmpdir(), 'relief-lo-'))
  const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--infilter=CSV:44,34,76,1', '--convert-to', filter, '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 })
  // With every sheet asked for, each is saved as <file>-<sheet>.csv; a CSV opens as one sheet.
  const stem = basename(file).replace(/\.[^.]+$/, '')
  const sheets = Object.fromEntries(readdirSync(dir).filter((n) => n.endsWith('.csv'))
    .map((name) => [name.slice(stem.length + 1, -4), parseCsv(readFileSync(join(dir, name), 'utf8'))]))
  const names = Object.keys(sheets)
  if (names.length === 0) throw new Error(`LibreOffice wrote no CSV for ${file}: ${readdirSync(dir)}`)
  return file.endsWith('.csv') ? { csv: sheets[names[0]] } : sheets
}

/** RFC 4180, enough for what LibreOffice writes. */
export function parseCsv(text) {
  const rows = []
  let row = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') cell += text[++i]
      else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') row.push(cell), (cell = '')
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(cell), rows.push(row), (row = []), (cell = '')
    } else cell += c
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row)
  return rows
}

/** The summary's row of one group as numbers, by the header's labels, whatever the reader gave. */
export function groupRow(rows, key) {
  const header = rows[0].map(String)
  const row = rows.find((r) => String(r[0]) === key)
  if (!row) throw new Error(`no row ${key} among ${rows.length}`)
  const number = (label) => cellNumber(row[header.findIndex((h) => h.startsWith(label))])
  return {
    received: number('收件数'), accepted: number('受理数'), completed: number('办结数'),
    completedOnTime: number('按时办结数'), open: number('在办数'), onTimeRate: number('按时办结率'),
  }
}

/** The 分阶段 table's row of an office level (类别 办理层级, 代码 Township or County) as numbers, whatever the reader gave. */
export function stageLevelRow(rows, office) {
  const header = rows[0].map(String)
  const row = rows.find((r) => String(r[0]) === '办理层级' && String(r[1]) === office)
  if (!row) throw new Error(`no office-level row ${office} among ${rows.length}`)
  const number = (label) => cellNumber(row[header.indexOf(label)])
  return {
    finished: number('完成数'), finishedOnTime: number('按时完成数'), sentBack: number('其中退回'), onTimeRate: number('按时办结率'),
    avgWorkingDays: number('平均用时（工作日）'), open: number('期末在办'), overdue: number('期末逾期'),
  }
}

/** A cell as a number, whatever the reader gave: a number, its text, a percentage (93.75%), or empty (null). */
function cellNumber(value) {
  if (typeof value === 'number') return round(value)
  const text = String(value ?? '').trim()
  if (text === '' || text === 'None' || text === 'null') return null
  return round(text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text))
}

/** Rates are kept to four decimals (CompletionFigures); readers may add binary noise. */
export const round = (n) => (n === null || n === undefined ? null : Math.round(n * 10000) / 10000)
