#!/usr/bin/env bash
# Names, in CONTENT_BASE, the published version that `npm run content:check` and `npm run content:diff` compare
# every page with (docs/content.md), for a checkout of depth 2 (.github/workflows/ci.yml):
#   - a pull request: GitHub checks out its merge commit, whose first parent is the base branch's tip, so the
#     check sees exactly what merging would change (HEAD^1);
#   - a push to main: the commit main was at before the push (BEFORE, github.event.before), fetched if the
#     checkout does not have it, so a push of several commits is judged as a whole. A new branch (BEFORE is
#     zeros) or a force push whose old commit cannot be fetched falls back to the last commit's parent.
# Reads EVENT (github.event_name) and BEFORE; appends CONTENT_BASE=... to $GITHUB_ENV, or prints it without one.
set -euo pipefail

zeros=0000000000000000000000000000000000000000
base="HEAD^1"
if [ "${EVENT:-}" = "push" ] && [ -n "${BEFORE:-}" ] && [ "$BEFORE" != "$zeros" ]; then
  if git cat-file -e "$BEFORE^{commit}" 2>/dev/null ||
    { git fetch --quiet --no-tags --depth=1 origin "$BEFORE" && git cat-file -e "$BEFORE^{commit}" 2>/dev/null; }; then
    base="$BEFORE"
  else
    echo "::warning::The commit before this push ($BEFORE) could not be fetched: comparing with HEAD^1, the last commit's parent"
  fi
fi

echo "Comparing the content with $base"
if [ -n "${GITHUB_ENV:-}" ]; then
  echo "CONTENT_BASE=$base" >>"$GITHUB_ENV"
else
  echo "CONTENT_BASE=$base"
fi
