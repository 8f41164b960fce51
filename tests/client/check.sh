#!/usr/bin/env bash
# Generates a TypeScript client from the API's OpenAPI document and type-checks a small use of it (use.ts) with tsc.
# The document is written to TestResults/openapi/v1.json by the integration tests (OpenApiDocumentTests); run them first,
# or pass another file: tests/client/check.sh path/to/v1.json. Needs Node.js and npm (the npm registry only).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
document="${1:-$here/../../TestResults/openapi/v1.json}"
if [[ ! -s "$document" ]]; then
  echo "error: no OpenAPI document at $document: run the integration tests first (they write it)" >&2
  exit 1
fi

cd "$here"
if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

mkdir -p generated
npx --no-install openapi-typescript "$document" --output generated/api.d.ts --silent
npx --no-install tsc -p tsconfig.json
echo "client check: a client generated from $(basename "$document") type-checks against use.ts"
