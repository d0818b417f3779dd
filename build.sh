#!/usr/bin/env bash
# ReliefPlatform's two set-up commands on a fresh machine:
#   ./build.sh run    run the service (SQLite, demo data, Swagger) at http://127.0.0.1:5080
#   ./build.sh test   run the whole test suite, installing and starting what it needs (PostgreSQL,
#                     Chromium, the web page's npm packages)
#   ./build.sh backup | restore   see ops/backup.sh and ops/restore.sh
set -euo pipefail
cd "$(dirname "$0")"

URL=${RELIEF_URL:-http://127.0.0.1:5080}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "error: '$*' needs root; run as root or install sudo" >&2; return 1
  fi
}

# Installs PostgreSQL from Debian's packages when missing, starts it, and creates the test role.
ensure_postgres() {
  if [ -n "${RELIEF_TEST_POSTGRES:-}" ]; then
    echo "== PostgreSQL: using RELIEF_TEST_POSTGRES"
    return
  fi
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    echo "== PostgreSQL: installing from Debian's packages"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  local version
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h 2>/dev/null | grep -q "^$version main"; then
    as_root pg_createcluster "$version" main >/dev/null
  fi
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    echo "== PostgreSQL $version: starting"
    as_root pg_ctlcluster "$version" main start
  fi
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  as_root su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = 'relief'\"" | grep -q 1 ||
    as_root su postgres -c "psql -qc \"CREATE ROLE relief LOGIN PASSWORD 'relief' CREATEDB\""
  export RELIEF_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=relief;Password=relief;Database=postgres"
  echo "== PostgreSQL $version: ready"
}

# Node.js and npm for the web page (web/), from Debian's packages when missing.
ensure_node() {
  if ! command -v npm >/dev/null; then
    echo "== Node.js: installing from Debian's packages"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
  fi
}

# Debian's Chromium (and CJK fonts, so screenshots show Chinese) for the browser tests.
ensure_chromium() {
  if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
    echo "== Chromium: installing from Debian's packages"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  fi
}

# The written decisions are PDFs in Chinese: the service needs Debian's Noto CJK font (Documents:FontPath),
# and the tests read their text and render them with poppler's pdftotext and pdftoppm (ADR 0037).
ensure_document_font() {
  if [ ! -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ]; then
    echo "== Noto CJK font (written decisions): installing from Debian's packages"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null
  fi
}
ensure_poppler() {
  if ! command -v pdftotext >/dev/null || ! command -v pdftoppm >/dev/null; then
    echo "== poppler-utils (the tests read the written decisions): installing from Debian's packages"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
  fi
}

# LibreOffice (headless) and Python's openpyxl, which the browser tests open every export with, as
# supervisors and their colleagues' tools would.
ensure_office() {
  if ! command -v soffice >/dev/null || ! /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
    echo "== LibreOffice and openpyxl: installing from Debian's packages"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-calc-nogui python3-openpyxl >/dev/null
  fi
}

# eSpeak NG, the offline text-to-speech engine whose Mandarin recordings the phone page plays where the
# phone has no Chinese voice (ADR 0041); SpeechTests and the browser tests fetch them.
ensure_speech() {
  if ! command -v espeak-ng >/dev/null; then
    echo "== eSpeak NG: installing from Debian's packages"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends espeak-ng >/dev/null
  fi
}

# Debian's nginx for NginxTwoNodeTests, which starts its own nginx process on free ports with a
# configuration in a temporary directory. The test never uses the system service (Debian starts it on
# port 80 after installing unless policy-rc.d forbids it, as in containers).
ensure_nginx() {
  if [ ! -x /usr/sbin/nginx ]; then
    echo "== nginx: installing from Debian's packages"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx >/dev/null
  fi
}

# Installs web/'s packages when missing or out of date, and builds the page when web/dist is missing
# or older than its sources; the API serves web/dist at / (the phone page) and /staff (the console).
ensure_web() {
  ensure_node
  if [ ! -d web/node_modules ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then
    echo "== Web page: npm ci"
    (cd web && npm ci --no-audit --no-fund --loglevel=error)
  fi
  if [ ! -f web/dist/index.html ] || [ ! -f web/dist/staff.html ] || [ -n "$(find web/src web/public web/index.html web/staff.html web/vite.config.js web/package.json -newer web/dist/index.html -print -quit)" ]; then
    echo "== Web page: building web/dist"
    (cd web && npm run build --silent)
  fi
}

# Lints the API document that the functional tests wrote (OpenApiDocumentTests) with Spectral's OpenAPI
# and OWASP API Security rulesets (tools/spectral/.spectral.yaml, ADR 0033); any error fails the run.
lint_openapi() {
  local document=artifacts/openapi/swagger.json
  echo "== OpenAPI document: Spectral (spectral:oas + OWASP API Security)"
  if [ ! -f "$document" ]; then
    echo "FAILED (openapi): $document was not written (OpenApiDocumentTests did not run)"
    return 1
  fi
  if [ ! -d tools/spectral/node_modules ] || [ tools/spectral/package-lock.json -nt tools/spectral/node_modules/.package-lock.json ]; then
    (cd tools/spectral && npm ci --no-audit --no-fund --loglevel=error)
  fi
  (cd tools/spectral && npx spectral lint -r .spectral.yaml "../../$document" --fail-severity=error --display-only-failures) ||
    { echo "FAILED (openapi): Spectral found errors in $document"; return 1; }
}

run_tests() {
  ensure_postgres
  ensure_chromium
  ensure_document_font
  ensure_poppler
  ensure_office
  ensure_nginx
  ensure_speech
  ensure_web
  local log status web_status e2e_status format_status openapi_status
  log=$(mktemp)
  set +e
  # The layout rules of .editorconfig hold for every file (whitespace, usings, naming); a finding fails
  # the run after the tests, so one run reports both.
  echo "== dotnet format --verify-no-changes"
  dotnet format ReliefPlatform.sln --verify-no-changes -v q 2>&1 | tee -a "$log"
  format_status=${PIPESTATUS[0]}
  [ "$format_status" -eq 0 ] || echo "FAILED (format): run 'dotnet format ReliefPlatform.sln' and commit what it changes" >> "$log"
  rm -f artifacts/openapi/swagger.json
  dotnet test ReliefPlatform.sln --nologo "$@" 2>&1 | tee -a "$log"
  status=${PIPESTATUS[0]}
  lint_openapi 2>&1 | tee -a "$log"
  openapi_status=${PIPESTATUS[0]}
  echo "== Web page: unit tests (Vitest)"
  (cd web && npx vitest run --reporter=default 2>&1) | tee -a "$log"
  web_status=${PIPESTATUS[0]}
  # The browser tests drive the API that dotnet test has just built (artifacts/bin/Api/debug). By
  # default the browser runs in UTC with its clock where China's date is already a day ahead, the hours
  # at which pages that counted dates in the computer's zone used to fail (RELIEF_E2E_TZ and
  # RELIEF_E2E_FAKE_CLOCK, which may be empty, choose otherwise).
  echo "== Web page: end-to-end tests (Chromium, 360 x 640)"
  (cd web && TZ=${RELIEF_E2E_TZ:-UTC} RELIEF_E2E_FAKE_CLOCK=${RELIEF_E2E_FAKE_CLOCK-china-ahead} node --test e2e/ 2>&1) | tee -a "$log"
  e2e_status=${PIPESTATUS[0]}
  set -e
  # One closing line for the whole suite, summed over the test assemblies, Vitest and node's test runner.
  sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '
       /^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i ~ /^Failed:/) f += $(i+1); if ($i ~ /^Passed:/) p += $(i+1); if ($i ~ /^Skipped:/) s += $(i+1) } }
       /^ *Tests +[0-9]/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i; if ($(i+1) ~ /^skipped/) s += $i } }
       /^# pass [0-9]+$/ { p += $3 } /^# fail [0-9]+$/ { f += $3 } /^# skipped [0-9]+$/ { s += $3 }
       END { printf "\n%d passed, %d failed, %d skipped\n", p, f, s }'
  # CI keeps only the end of what a run prints, so the failures are named again here, each with the
  # first lines of its message and of its stack trace (the project's own frames).
  sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '
       /^  Failed [A-Za-z]/ { print "FAILED:" substr($0, 9); m = 0; t = 0; next }
       /^  Error Message:/ { m = 1; n = 0; next }
       /^  Stack Trace:/ { m = 0; t = 1; k = 0; next }
       /^  (Standard Output Messages:|Passed |Skipped )/ { t = 0 }
       m && n < 6 { print "    " $0; n++ }
       t && k < 6 && (k < 2 || /ReliefPlatform/) { print "    " $0; k++ }
       /^ *not ok [0-9]+ - / { sub(/^ */, ""); print "FAILED (browser): " $0 }
       /^ *(×|FAIL) / { sub(/^ */, ""); print "FAILED (vitest): " $0 }
       /^FAILED \((format|openapi)\)/ { print }'
  rm -f "$log"
  [ "$format_status" -eq 0 ] && [ "$status" -eq 0 ] && [ "$openapi_status" -eq 0 ] && [ "$web_status" -eq 0 ] && [ "$e2e_status" -eq 0 ]
}

run_service() {
  ensure_document_font
  ensure_web
  echo "== Starting ReliefPlatform at $URL (the phone page at $URL/; Swagger UI: $URL/swagger; demo password Demo#2026)"
  ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development} exec dotnet run --project src/Api --no-launch-profile -- --urls "$URL" "$@"
}

# Checks the audit chain of the configured database (the same settings as `run`); exit 0 intact, 1 broken.
verify_audit() {
  ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development} exec dotnet run --project src/Api --no-launch-profile -- --verify-audit "$@"
}

case "${1:-}" in
  run) shift; run_service "$@" ;;
  test) shift; run_tests "$@" ;;
  audit-verify) shift; verify_audit "$@" ;;
  backup) shift; exec ops/backup.sh "$@" ;;
  restore) shift; exec ops/restore.sh "$@" ;;
  *) echo "usage: ./build.sh run | test | audit-verify | backup | restore" >&2; exit 2 ;;
esac
