#!/usr/bin/env bash
# Session Vault hook for Claude Code (Stop, SubagentStop, PreCompact, SessionEnd).
#
# Claude Code passes a JSON object on stdin (session_id, transcript_path, hook_event_name, and for
# SubagentStop agent_transcript_path). This script notes which transcript files changed, hands the
# upload to a background process and exits 0 at once: all SessionEnd hooks share about 1.5 s, and a
# hook must never block or fail the assistant's turn. The background process sends every noted
# file to POST /api/v1/imports: only the bytes written since its last upload (appendTo + offset)
# when the vault holds that upload, the whole file otherwise (the server keeps only what is new).
# A file it could not send (the server is down, the network is gone) stays in the spool and is
# sent on the next call; $SESSIONVAULT_HOOK_DIR/sent/ remembers what was sent of each file.
#
# Configuration: SESSIONVAULT_URL and SESSIONVAULT_API_KEY, or the file `sv login` writes
# (~/.config/sessionvault/config.properties). SESSIONVAULT_HOOK_DIR (default
# ~/.cache/sessionvault-hook) holds the spool and hook.log. Needs bash and curl, nothing else.

input=$(cat 2>/dev/null)
dir=${SESSIONVAULT_HOOK_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/sessionvault-hook}
# each assistant its own spool, record of what was sent, and sender: neither sends the other's files
FORMAT=claude-code
spool=$dir/spool/$FORMAT
sent=$dir/sent/$FORMAT
mkdir -p "$spool" 2>/dev/null || exit 0

# The string value of a top-level member of the hook's JSON (paths: \\ and \" unescaped).
field() {
  printf '%s' "$input" | tr -d '\n' |
    sed -n "s/.*\"$1\"[[:space:]]*:[[:space:]]*\"\([^\"\\\\]*\(\\\\.[^\"\\\\]*\)*\)\".*/\1/p" |
    sed 's/\\\\/\\/g; s/\\"/"/g'
}

for file in "$(field transcript_path)" "$(field agent_transcript_path)"; do
  if [ -n "$file" ] && [ -f "$file" ]; then
    # one spool entry per file: its path; the file itself is read when it is sent (its latest version)
    printf '%s\n' "$file" >"$spool/$(printf '%s' "$file" | cksum | cut -d ' ' -f 1).path"
  fi
done

# Percent-encoding for a query parameter, byte by byte (UTF-8 text stays right).
urlencode() {
  local LC_ALL=C s=$1 out='' c i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in
      [a-zA-Z0-9.~_-]) out+=$c ;;
      *) out+=$(printf '%%%02X' "'$c") ;;
    esac
  done
  printf '%s' "$out"
}

# What Claude Code's agent-<id>.meta.json beside a sub-agent's transcript says, as query
# parameters after $2 (? or &).
subagent_query() {
  local meta=${1%.jsonl}.meta.json type description
  [ -f "$meta" ] || return 0
  type=$(tr -d '\n' <"$meta" | sed -n 's/.*"agentType"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')
  description=$(tr -d '\n' <"$meta" | sed -n 's/.*"description"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')
  printf '%sagentType=%s&agentDescription=%s' "$2" "$(urlencode "$type")" "$(urlencode "$description")"
}

# The externalId the vault gives a transcript's session: the file's name; a sub-agent's file
# (<session>/subagents/agent-<id>.jsonl) is "<session>:agent-<id>".
external_id() {
  local name=${1##*/}
  name=${name%.jsonl}
  case $1 in
    */subagents/agent-*.jsonl)
      local parent=${1%/subagents/*}
      printf '%s:%s' "${parent##*/}" "$name"
      ;;
    *) printf '%s' "$name" ;;
  esac
}

# Posts standard input to the import endpoint with the query $1; prints the HTTP status.
post() {
  curl -sS -o /dev/null -w '%{http_code}' --connect-timeout 5 --max-time 300 \
    -X POST "${url%/}/api/v1/imports$1" -H "Authorization: Bearer $key" \
    -H 'Content-Type: application/octet-stream' --data-binary @- 2>/dev/null
}

# Sends a file: only its end when the vault holds the start this script last sent (byte for byte),
# the whole file otherwise or when the vault does not take the end (it holds another length).
send_file() {
  local file=$1 size state held=0 sum='' status=''
  size=$(wc -c <"$file" | tr -d ' ')
  state=$sent/$(printf '%s' "$file" | cksum | cut -d ' ' -f 1)
  [ -f "$state" ] && read -r held sum <"$state"
  if [ "${held:-0}" -gt 0 ] && [ "$held" -le "$size" ] &&
    [ "$(head -c "$held" "$file" | cksum)" = "$sum" ]; then
    if [ "$held" = "$size" ]; then
      echo "$(date -u +%FT%TZ) nothing new in $file" >&2
      echo 200
      return
    fi
    status=$(head -c "$size" "$file" | tail -c +$((held + 1)) |
      post "?format=$FORMAT&appendTo=$(urlencode "$(external_id "$file")")&offset=$held$(subagent_query "$file" '&')")
    case "$status" in
      2??) echo "$(date -u +%FT%TZ) sent the end of $file from byte $held ($status)" >&2 ;;
      000 | 5??) ;; # no answer: the file stays in the spool
      *) status='' ;; # the vault holds another version, or refused the end: the whole file goes
    esac
  fi
  if [ -z "$status" ]; then
    status=$(head -c "$size" "$file" | post "$(subagent_query "$file" '?')")
    case "$status" in 2??) echo "$(date -u +%FT%TZ) sent $file ($status)" >&2 ;; esac
  fi
  case "$status" in
    2??) mkdir -p "$sent" && printf '%s %s\n' "$size" "$(head -c "$size" "$file" | cksum)" >"$state" ;;
  esac
  echo "$status"
}

send_all() {
  local url=${SESSIONVAULT_URL:-} key=${SESSIONVAULT_API_KEY:-}
  local config=${XDG_CONFIG_HOME:-$HOME/.config}/sessionvault/config.properties
  if [ -z "$url" ] && [ -f "$config" ]; then url=$(sed -n 's/^url=//p' "$config" | sed 's/\\:/:/g'); fi
  if [ -z "$key" ] && [ -f "$config" ]; then key=$(sed -n 's/^apiKey=//p' "$config"); fi
  if [ -z "$url" ] || [ -z "$key" ]; then
    echo "$(date -u +%FT%TZ) no server configured (SESSIONVAULT_URL/SESSIONVAULT_API_KEY or sv login)"
    return
  fi
  # one sender at a time; a call that finds one running leaves its entries to it or the next call
  # (a lock older than 10 minutes is a sender that was killed: it is taken over)
  local lock=$dir/sending-$FORMAT.lock
  find "$lock" -maxdepth 0 -mmin +10 -exec rmdir {} \; 2>/dev/null
  mkdir "$lock" 2>/dev/null || return
  trap 'rmdir "$lock" 2>/dev/null' EXIT
  local entry file status more=1 tried=$'\n' # the entries tried, one a line (bash 3 has no maps)
  # until a pass finds no entry it has not tried: entries noted by calls made meanwhile go too
  while [ "$more" = 1 ]; do
    more=0
    for entry in "$spool"/*.path; do
      [ -e "$entry" ] || continue
      case $tried in *$'\n'"$entry"$'\n'*) continue ;; esac
      tried+=$entry$'\n'
      more=1
      file=$(cat "$entry")
      if [ ! -f "$file" ]; then rm -f "$entry"; continue; fi
      status=$(send_file "$file")
      case "$status" in
        2??) rm -f "$entry" ;;
        401 | 403 | 408 | 429) echo "$(date -u +%FT%TZ) kept $file for the next call ($status)" ;;
        4??) rm -f "$entry"; echo "$(date -u +%FT%TZ) refused $file ($status): not sent again" ;;
        *) echo "$(date -u +%FT%TZ) kept $file for the next call: no answer from $url" ;;
      esac
    done
  done
}

# Detached from Claude Code: it does not wait for the upload, and the upload survives the session.
(send_all </dev/null >>"$dir/hook.log" 2>&1 &)
exit 0
