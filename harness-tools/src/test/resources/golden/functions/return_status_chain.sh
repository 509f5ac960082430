ok() { return 0; }
fail() { return 2; }
ok && echo "ok passed"
fail || echo "fail returned $?"
check_all() { ok && fail && echo unreachable; }
check_all; echo "chain: $?"
