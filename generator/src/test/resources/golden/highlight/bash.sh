#!/usr/bin/env bash
# Install dependencies and run the tests
set -euo pipefail
export PATH="$HOME/.local/bin:$PATH"
VERSION=1.2.3
name='single $quoted'
readonly LOG_DIR="${BASE:-/tmp}/logs"

pip install -r requirements.txt       # inline comment
python -m venv .venv && source .venv/bin/activate
pytest -k "test_add" --cov=myapp -n 4 2>&1 | tee "$LOG_DIR/test-$(date +%F).log"
echo "User: $USER, args: $@ $# ${#array[@]}, home: ${HOME}" > out.txt
echo $'tab\there' "escaped \"quote\" and \$dollar" `whoami`

if [[ -f "$FILE" && $count -gt 10 ]]; then
    echo "big"
elif [ -d /etc ]; then
    cd /etc || exit 1
else
    printf '%s\n' "none"
fi

for f in *.py; do
    wc -l "$f"
done

while read -r line; do echo "$line"; done < input.txt

case "$1" in
    start|run) ./run.sh --port 8080 ;;
    *) echo "usage: $0 start" >&2; exit 2 ;;
esac

function cleanup() {
    rm -rf "$TMP" # remove
}
trap cleanup EXIT

cat <<EOF > config.ini
[server]
port = $PORT # not a comment
EOF

docker run --rm \
    -v "$(pwd):/app" \
    python:3.12 python -c "print('hi')"
result=$(( 2 + 3 * 4 ))
url="http://example.com/#anchor" # real comment
myenv\Scripts\activate     # Windows
