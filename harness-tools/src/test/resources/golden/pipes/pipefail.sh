set -o pipefail
cat missing.txt 2>/dev/null | wc -l; echo "pipefail: $?"
true | true; echo "all ok: $?"
set +o pipefail
false | true; echo "off again: $?"
